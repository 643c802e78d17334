package dev.deepcanvas.backend.dataset.builtin;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import java.util.function.Supplier;

/**
 * A dataset that ships with DeepCanvas. Its descriptor is known without building the arrays (listing datasets must
 * not generate thousands of images), and the loader builds the same arrays every time.
 */
public record BuiltInDataset(DatasetDescriptor descriptor, Supplier<PreparedDataset> loader) {

    public String id() {
        return descriptor.id();
    }
}

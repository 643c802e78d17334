package dev.deepcanvas.backend.dataset;

import java.util.List;

/**
 * Something every sample of a dataset has besides its class, read off how the sample was made, never guessed from
 * its pixels: the coloured shapes each have a colour. A conditional GAN can be told a sample's attributes as well as
 * its class, so that a user can ask for "a red circle".
 *
 * @param name   what it is, in the singular ("colour")
 * @param values its possible values, in the order of its one-hot columns
 */
public record DatasetAttribute(String name, List<String> values) {

    public DatasetAttribute {
        values = List.copyOf(values);
        if (values.size() < 2) {
            throw new IllegalArgumentException("attribute " + name + " needs at least two values");
        }
    }
}

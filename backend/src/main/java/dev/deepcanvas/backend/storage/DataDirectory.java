package dev.deepcanvas.backend.storage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * The folder that holds everything DeepCanvas stores: the H2 database, and beside it one folder per training run
 * ({@code runs/run-<id>/}: model and checkpoint) and one per uploaded dataset ({@code datasets/<id>/}).
 * Set with the {@code DEEPCANVAS_DATA_DIR} environment variable or the {@code deepcanvas.data-dir} property.
 */
@Component
public class DataDirectory {

    private final Path root;

    public DataDirectory(@Value("${deepcanvas.data-dir:./data}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** One folder per training run: its model, checkpoint and best weights, deleted with the run. */
    public Path runs() {
        return root.resolve("runs");
    }
}

package dev.deepcanvas.backend.storage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * The folders DeepCanvas stores into. The data folder ({@code DEEPCANVAS_DATA_DIR} or {@code deepcanvas.data-dir})
 * is this process's own: the embedded H2 database and the log. The shared folder ({@code DEEPCANVAS_SHARED_DIR} or
 * {@code deepcanvas.shared-dir}, the data folder unless set) holds what every node of an installation must read:
 * trained models, checkpoints and uploaded datasets. In a cluster every web node and worker mounts the same shared
 * folder; a single process keeps everything in its data folder, as before.
 */
@Component
public class DataDirectory {

    private final Path root;
    private final Path shared;

    public DataDirectory(@Value("${deepcanvas.data-dir:./data}") String root,
                         @Value("${deepcanvas.shared-dir:}") String shared) {
        this.root = Path.of(root).toAbsolutePath().normalize();
        this.shared = shared == null || shared.isBlank() ? this.root : Path.of(shared).toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The folder every node reads and writes: the data folder unless {@code deepcanvas.shared-dir} names another. */
    public Path shared() {
        return shared;
    }

    /** One folder per training run: its model, checkpoint and best weights, deleted with the run. */
    public Path runs() {
        return shared.resolve("runs");
    }

    /** One folder per uploaded dataset: its prepared arrays. */
    public Path datasets() {
        return shared.resolve("datasets");
    }
}

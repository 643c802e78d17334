package dev.deepcanvas.backend.training.plain;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepcanvas.backend.training.run.RunFiles;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Writes and reads end-of-epoch checkpoints. The bookkeeping travels inside the same zip as the weights and the
 * zip replaces the previous one atomically, so a crash at any moment leaves either the old or the new checkpoint,
 * never a mix of the two.
 */
@Component
class CheckpointStore {

    private static final String STATE_ENTRY = "deepcanvas-checkpoint";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunFiles files;

    CheckpointStore(RunFiles files) {
        this.files = files;
    }

    /** Saves weights, updater state (so Adam's moments survive a resume) and bookkeeping. */
    void save(long runId, ComputationGraph net, Checkpoint checkpoint) throws IOException {
        writeAtomically(files.checkpoint(runId), net, true, checkpoint);
    }

    /** Saves the weights of the best epoch so far (no updater: they are only ever used as the final model). */
    void saveBest(long runId, ComputationGraph net) throws IOException {
        writeAtomically(files.best(runId), net, false, null);
    }

    Optional<Checkpoint> readState(long runId) {
        Path path = files.checkpoint(runId);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        String json = ModelSerializer.getObjectFromFile(path.toFile(), STATE_ENTRY);
        try {
            return Optional.of(JSON.readValue(json, Checkpoint.class));
        } catch (IOException e) {
            throw new UncheckedIOException("The checkpoint of run " + runId + " is unreadable", e);
        }
    }

    ComputationGraph restore(long runId) throws IOException {
        return ModelSerializer.restoreComputationGraph(files.checkpoint(runId).toFile(), true);
    }

    Optional<ComputationGraph> restoreBest(long runId) throws IOException {
        Path path = files.best(runId);
        return Files.isRegularFile(path)
                ? Optional.of(ModelSerializer.restoreComputationGraph(path.toFile(), false))
                : Optional.empty();
    }

    /** Removes the checkpoint and best weights once the final model exists; they are only for resuming. */
    void discard(long runId) throws IOException {
        Files.deleteIfExists(files.checkpoint(runId));
        Files.deleteIfExists(files.best(runId));
    }

    private static void writeAtomically(Path target, ComputationGraph net, boolean withUpdater, Checkpoint state)
            throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        ModelSerializer.writeModel(net, temporary.toFile(), withUpdater);
        if (state != null) {
            // Stored as a JSON string: plain Java serialisation of our classes would tie old checkpoints to
            // today's class layout and to whichever class loader DL4J happens to deserialise with.
            ModelSerializer.addObjectToFile(temporary.toFile(), STATE_ENTRY, JSON.writeValueAsString(state));
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

package dev.deepcanvas.backend.training.plain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepcanvas.backend.training.run.RunClaim;
import dev.deepcanvas.backend.training.run.RunFiles;
import dev.deepcanvas.db.run.RunEntity;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes and reads end-of-epoch checkpoints. Every checkpoint is a file of its own, named by its epoch and by the
 * claim of the worker that wrote it; the run's row names the one that matches its recorded epochs, in the same
 * transaction as that epoch's figures. So a crash (or a kill) at any moment leaves the row naming a whole checkpoint
 * that agrees with the recorded epochs: a newer file the row does not name yet is ignored and later removed, and a
 * worker that lost its claim can only write files nobody reads. The bookkeeping travels inside the same zip as the
 * weights, and each file appears whole, by renaming, or not at all.
 */
@Component
class CheckpointStore {

    private static final String STATE_ENTRY = "deepcanvas-checkpoint";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final RunFiles files;

    CheckpointStore(RunFiles files) {
        this.files = files;
    }

    /**
     * Saves weights, updater state (so Adam's moments survive a resume) and bookkeeping.
     *
     * @return the file's name, for the run's row
     */
    String save(RunClaim claim, ComputationGraph net, Checkpoint checkpoint) throws IOException {
        String name = name("checkpoint", checkpoint.epoch(), claim);
        writeAtomically(files.checkpoint(claim.runId(), name), net, true, checkpoint);
        return name;
    }

    /**
     * Saves the weights of the best epoch so far (no updater: they are only ever used as the final model).
     *
     * @return the file's name, for the next checkpoint's bookkeeping
     */
    String saveBest(RunClaim claim, int epoch, ComputationGraph net) throws IOException {
        String name = name("best", epoch, claim);
        writeAtomically(files.checkpoint(claim.runId(), name), net, false, null);
        return name;
    }

    /**
     * The checkpoint that matches the run's recorded epochs, when it has epochs and the file is there: the one its
     * row names, or for a run from before V7 its single {@code checkpoint.zip}.
     */
    Optional<String> current(RunEntity run) {
        String name = run.getCheckpointFile();
        if (name == null) {
            return legacy(run.getId());
        }
        return Files.isRegularFile(files.checkpoint(run.getId(), name)) ? Optional.of(name) : Optional.empty();
    }

    Optional<Checkpoint> readState(long runId, String fileName) {
        Path path = files.checkpoint(runId, fileName);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        String json = ModelSerializer.getObjectFromFile(path.toFile(), STATE_ENTRY);
        try {
            return Optional.of(JSON.readValue(json, Checkpoint.class));
        } catch (IOException e) {
            throw new UncheckedIOException("The checkpoint " + fileName + " of run " + runId + " is unreadable", e);
        }
    }

    ComputationGraph restore(long runId, String fileName) throws IOException {
        return ModelSerializer.restoreComputationGraph(files.checkpoint(runId, fileName).toFile(), true);
    }

    /** The best weights named by a checkpoint (for checkpoints before V7: the run's single {@code best.zip}). */
    Optional<ComputationGraph> restoreBest(long runId, String bestFile) throws IOException {
        Path path = bestFile == null ? files.legacyBest(runId) : files.checkpoint(runId, bestFile);
        return Files.isRegularFile(path)
                ? Optional.of(ModelSerializer.restoreComputationGraph(path.toFile(), false))
                : Optional.empty();
    }

    /**
     * Removes every checkpoint and best-weights file of the run but the two named (either may be null): called once
     * the row names a newer checkpoint, so only the one a resume would read is kept.
     */
    void keepOnly(long runId, String checkpointFile, String bestFile) throws IOException {
        for (Path file : files.checkpointFiles(runId)) {
            String name = file.getFileName().toString();
            if (!name.equals(checkpointFile) && !name.equals(bestFile)) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Removes the checkpoints and best weights once the final model exists; they are only for resuming. */
    void discard(long runId) throws IOException {
        for (Path file : files.checkpointFiles(runId)) {
            Files.deleteIfExists(file);
        }
    }

    private Optional<String> legacy(long runId) {
        return Files.isRegularFile(files.legacyCheckpoint(runId)) ? Optional.of(RunFiles.LEGACY_CHECKPOINT)
                : Optional.empty();
    }

    private static String name(String kind, int epoch, RunClaim claim) {
        return String.format(Locale.ROOT, "%s-e%04d-c%d.zip", kind, epoch, claim.number());
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

package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.backend.storage.DataDirectory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a run's files live: one folder per run in the shared folder (which every node of a cluster mounts), so that
 * deleting a run is deleting a folder and nothing of it can be left behind, and any worker can continue a run from
 * the checkpoint another one wrote.
 */
@Component
public class RunFiles {

    /** The name of the single checkpoint runs had before V7. */
    public static final String LEGACY_CHECKPOINT = "checkpoint.zip";

    private final DataDirectory dataDirectory;

    RunFiles(DataDirectory dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public Path folder(long runId) {
        return dataDirectory.runs().resolve("run-" + runId);
    }

    /** The trained model, a DL4J ModelSerializer zip, written when the run succeeds. */
    public Path model(long runId) {
        return folder(runId).resolve("model.zip");
    }

    /**
     * An end-of-epoch state (weights, updater, bookkeeping) by its file name. Each checkpoint gets a name of its own
     * (its epoch and the claim of the worker that wrote it); the run's row names the one that matches its recorded
     * epochs.
     */
    public Path checkpoint(long runId, String fileName) {
        return folder(runId).resolve(fileName);
    }

    /** The one checkpoint of a run stored before checkpoints had names of their own (before V7). */
    public Path legacyCheckpoint(long runId) {
        return folder(runId).resolve(LEGACY_CHECKPOINT);
    }

    /** The best weights of a run stored before they had names of their own (before V7). */
    public Path legacyBest(long runId) {
        return folder(runId).resolve("best.zip");
    }

    /** Every checkpoint and best-weights file of the run (whole or being written), oldest name first. */
    public List<Path> checkpointFiles(long runId) {
        Path folder = folder(runId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith("checkpoint") || name.startsWith("best");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the checkpoints of run " + runId + " in " + folder, e);
        }
    }

    /** A GAN run's sample grids, one PNG per epoch. */
    public Path ganSamples(long runId) {
        return folder(runId).resolve("gan-samples");
    }

    /** The sample grid of one epoch of a GAN run. */
    public Path ganSample(long runId, int epoch) {
        return ganSamples(runId).resolve(String.format(java.util.Locale.ROOT, "epoch-%03d.png", epoch));
    }

    /** A GAN run's discriminator (the generator is the run's model), for anyone who wants both players. */
    public Path discriminator(long runId) {
        return folder(runId).resolve("discriminator.zip");
    }

    /** Removes a GAN run's sample grids (before it trains again from the start). */
    public void deleteGanSamples(long runId) {
        deleteTree(ganSamples(runId), runId);
    }

    /** Removes the run's folder and everything in it; nothing happens when there is none. */
    public void delete(long runId) {
        deleteTree(folder(runId), runId);
    }

    private static void deleteTree(Path folder, long runId) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the files of run " + runId + " in " + folder, e);
        }
    }
}

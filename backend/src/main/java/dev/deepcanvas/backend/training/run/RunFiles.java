package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.backend.storage.DataDirectory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a run's files live beside the database: one folder per run, so that deleting a run is deleting a folder
 * and nothing of it can be left behind.
 */
@Component
public class RunFiles {

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

    /** The latest end-of-epoch state (weights, updater, bookkeeping), for resuming an interrupted run. */
    public Path checkpoint(long runId) {
        return folder(runId).resolve("checkpoint.zip");
    }

    /** The weights of the best epoch so far, kept while early stopping is on. */
    public Path best(long runId) {
        return folder(runId).resolve("best.zip");
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

package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.training.run.RunFiles;
import dev.deepcanvas.graph.document.GraphJson;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What a user can download from a run: the trained DL4J model and the graph document it was trained from. */
@Service
public class RunDownloads {

    private final RunQueries runs;
    private final RunFiles files;

    public RunDownloads(RunQueries runs, RunFiles files) {
        this.runs = runs;
        this.files = files;
    }

    /**
     * The trained model (a DL4J {@code ModelSerializer} zip, restorable with
     * {@code ModelSerializer.restoreComputationGraph}).
     *
     * @throws TrainingRejectedException when the run has no trained model (it did not succeed)
     */
    public Path modelFile(long runId) {
        RunSummary run = runs.find(runId).orElseThrow(() -> new RunNotFoundException(runId));
        Path model = files.model(runId);
        if (run.status() != RunState.SUCCEEDED || !Files.isRegularFile(model)) {
            throw new TrainingRejectedException(List.of("Run #" + runId + " has no trained model to download: "
                    + "only succeeded runs have one (this one is " + run.status().name().toLowerCase(Locale.ROOT)
                    + ")."));
        }
        return model;
    }

    /** The model as a stream, for an HTTP download; the caller closes it. */
    public InputStream openModel(long runId) {
        try {
            return Files.newInputStream(modelFile(runId));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the model of run " + runId, e);
        }
    }

    /** A file name for the downloaded model, e.g. {@code iris-classifier-run-7.zip}. */
    public String modelFileName(long runId) {
        return baseName(runId) + ".zip";
    }

    /** The graph document exactly as the run trained it (its training settings are the run's). */
    public String graphJson(long runId) {
        return GraphJson.write(runs.snapshot(runId).graph());
    }

    /** A file name for the downloaded graph, e.g. {@code iris-classifier-run-7.graph.json}. */
    public String graphFileName(long runId) {
        return baseName(runId) + ".graph.json";
    }

    private String baseName(long runId) {
        String name = runs.find(runId).map(RunSummary::graphName).orElse("model");
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "model" : slug) + "-run-" + runId;
    }
}

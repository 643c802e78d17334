package dev.deepcanvas.backend.inference;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.TargetScale;
import dev.deepcanvas.backend.dataset.UnknownDatasetException;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.DatasetLookup;
import dev.deepcanvas.backend.training.RunDownloads;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.graph.dl4j.FastTraining;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a run's trained model from its zip and gathers what the playground needs beside it from the run's dataset:
 * class names, the shape of one example and the scale of regression targets. A run whose dataset has been deleted
 * still loads, with numbered classes and answers in the model's own units.
 */
final class ModelLoader {

    private static final Logger log = LoggerFactory.getLogger(ModelLoader.class);

    private final RunQueries runs;
    private final RunDownloads downloads;
    private final DatasetLookup datasets;

    ModelLoader(RunQueries runs, RunDownloads downloads, DatasetLookup datasets) {
        this.runs = runs;
        this.downloads = downloads;
        this.datasets = datasets;
    }

    /**
     * The run's dataset, or empty when it has been deleted since (an uploaded dataset can be). Any other failure is
     * not a deleted dataset and is never treated as one: it is logged in full and the user is told in one line.
     */
    Optional<PreparedDataset> datasetOf(RunSummary run) {
        try {
            return Optional.of(datasets.get(run.datasetId()));
        } catch (UnknownDatasetException deleted) {
            return Optional.empty();
        } catch (RuntimeException unexpected) {
            log.error("Run {}: its dataset '{}' could not be loaded", run.id(), run.datasetId(), unexpected);
            throw new InferenceRejectedException("The dataset of run #" + run.id() + " could not be loaded because "
                    + "of an unexpected error (" + InferenceService.firstLine(unexpected)
                    + "); the details are in the log file.");
        }
    }

    LoadedModel load(long runId) {
        Path file;
        try {
            file = downloads.modelFile(runId);
        } catch (TrainingRejectedException e) {
            throw new InferenceRejectedException(e.getMessage() + " Train it to completion to try it here.");
        }
        RunSummary run = runs.find(runId).orElseThrow();
        if (run.task() == TaskKind.GAN || run.task() == TaskKind.RECONSTRUCTION) {
            // Their outputs are pictures, not one set of class probabilities. A model that writes sequences loads
            // (the Inside view reads it); the playground refuses it when asked to predict.
            throw new InferenceRejectedException("The playground tries classifiers and regressors; run #" + runId
                    + (run.task() == TaskKind.GAN ? " is a GAN: see its sample grids"
                    : " gives pictures back: see its reconstruction error") + " on the results page.");
        }
        // Asked before the model is read: a dataset that fails to load must not leave a half-set-up model cached.
        Optional<PreparedDataset> data = datasetOf(run);
        try {
            ComputationGraph net = ModelSerializer.restoreComputationGraph(file.toFile(), false);
            FastTraining.prepareForOutput(net);
            TaskKind kind = run.task() == null ? TaskKind.CLASSIFICATION : run.task();
            return new LoadedModel(net, kind, classNames(data, net), inputShape(data), targetScale(data));
        } catch (IOException e) {
            log.warn("Could not load the model of run {}", runId, e);
            throw new InferenceRejectedException("The model file of run #" + runId + " could not be read ("
                    + e.getMessage() + "). Train the graph again.");
        }
    }

    private static List<String> classNames(Optional<PreparedDataset> data, ComputationGraph net) {
        if (data.isPresent()) {
            return data.get().classNames();
        }
        // The dataset has been deleted since; the model still works with numbered classes.
        long outputs = net.getOutputLayer(0).getParam("W").size(1);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < outputs; i++) {
            names.add("class " + i);
        }
        return names;
    }

    /**
     * The shape of one example as the run's dataset provides it, which is what the model was built for; null when
     * the dataset is gone, leaving DL4J's own error as the only check.
     */
    private static long[] inputShape(Optional<PreparedDataset> data) {
        // A model with several inputs (a captioner's picture and previous words) takes no single example shape.
        return data.filter(d -> d.descriptor().inputs().size() == 1).map(d -> {
            long[] shape = d.test().getFeatures().shape();
            return Arrays.copyOfRange(shape, 1, shape.length);
        }).orElse(null);
    }

    /** How regression targets were scaled; null when the dataset is gone (predictions stay in model units). */
    private static TargetScale targetScale(Optional<PreparedDataset> data) {
        return data.map(d -> d.descriptor().targetScale()).orElse(null);
    }
}

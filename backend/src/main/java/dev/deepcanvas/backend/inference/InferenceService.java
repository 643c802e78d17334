package dev.deepcanvas.backend.inference;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.DatasetLookup;
import dev.deepcanvas.backend.training.RunDeletedEvent;
import dev.deepcanvas.backend.training.RunDownloads;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.backend.training.TrainingService;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The playground: a trained run's model predicts for one input at a time. Inputs are expected as the model
 * saw them in training (features already normalised like the dataset's; pixels in [0, 1]).
 */
@Service
public class InferenceService {

    private static final Logger log = LoggerFactory.getLogger(InferenceService.class);
    static final int CACHED_MODELS = 4;

    private final TrainingService training;
    private final RunDownloads downloads;
    private final DatasetLookup datasets;
    private final ModelCache cache = new ModelCache(CACHED_MODELS);

    public InferenceService(TrainingService training, RunDownloads downloads, DatasetLookup datasets) {
        this.training = training;
        this.downloads = downloads;
        this.datasets = datasets;
    }

    /** Predicts for one feature vector (a model whose input is a vector). */
    public Prediction predict(long runId, double[] features) {
        return predict(runId, Nd4j.createFromArray(new double[][]{features}));
    }

    /**
     * Predicts for one example given with its batch dimension: {@code [1, features]} for vectors,
     * {@code [1, channels, height, width]} for images, {@code [1, features, steps]} for sequences.
     *
     * @throws InferenceRejectedException when the input does not have the shape the model takes
     */
    public Prediction predict(long runId, INDArray input) {
        LoadedModel model = cache.get(runId, this::load);
        checkShape(model, input);
        INDArray output;
        // One forward pass at a time per model: DL4J networks keep per-call state.
        synchronized (model.net()) {
            try {
                output = model.net().outputSingle(false, input.castTo(model.net().params().dataType()));
            } catch (RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines()
                        .findFirst().orElse("");
                throw new InferenceRejectedException("The model could not take this input (" + reason
                        + "). Give one example shaped like the training data.");
            }
        }
        return toPrediction(runId, model, output.reshape(output.length()));
    }

    /** Predicts for row {@code index} of the run's held-out data (e.g. to show a misclassified example). */
    public Prediction predictHeldOut(long runId, int index) {
        return predict(runId, heldOutExample(runId, index));
    }

    /** Row {@code index} of the run's held-out (first) input, with its batch dimension, to display it. */
    public INDArray heldOutExample(long runId, int index) {
        RunSummary run = training.find(runId).orElseThrow(() -> new InferenceRejectedException(
                "There is no run #" + runId + "."));
        PreparedDataset data = datasets.get(run.datasetId());
        // The first input: the only one of most datasets, the picture of a captioning dataset.
        INDArray features = data.part(DatasetPart.TEST).orElseThrow().features().get(0);
        long rows = features.size(0);
        if (index < 0 || index >= rows) {
            throw new InferenceRejectedException("Held-out example " + index + " does not exist: choose 0 to "
                    + (rows - 1) + ".");
        }
        long[] shape = features.shape().clone();
        shape[0] = 1;
        return features.slice(index).reshape(shape).dup();
    }

    /** Whether the run's model is in memory now (for tests and diagnostics). */
    public boolean isLoaded(long runId) {
        return cache.contains(runId);
    }

    @EventListener
    void onRunDeleted(RunDeletedEvent event) {
        cache.evict(event.runId());
    }

    private LoadedModel load(long runId) {
        java.nio.file.Path file;
        try {
            file = downloads.modelFile(runId);
        } catch (TrainingRejectedException e) {
            throw new InferenceRejectedException(e.getMessage() + " Train it to completion to try it here.");
        }
        RunSummary run = training.find(runId).orElseThrow();
        if (run.task() == TaskKind.SEQUENCE || run.task() == TaskKind.GAN) {
            // Their outputs are sequences or pictures, not one set of class probabilities.
            throw new InferenceRejectedException("The playground tries classifiers and regressors; run #" + runId
                    + (run.task() == TaskKind.GAN ? " is a GAN: see its sample grids" : " writes sequences: see its "
                    + "generated samples") + " on the results page.");
        }
        try {
            ComputationGraph net = ModelSerializer.restoreComputationGraph(file.toFile(), false);
            TaskKind kind = run.task() == null ? TaskKind.CLASSIFICATION : run.task();
            return new LoadedModel(net, kind, classNames(run, net), inputShape(run));
        } catch (IOException e) {
            log.warn("Could not load the model of run {}", runId, e);
            throw new InferenceRejectedException("The model file of run #" + runId + " could not be read ("
                    + e.getMessage() + "). Train the graph again.");
        }
    }

    private List<String> classNames(RunSummary run, ComputationGraph net) {
        try {
            return datasets.get(run.datasetId()).classNames();
        } catch (RuntimeException e) {
            // The dataset may have been deleted since; the model still works with numbered classes.
            long outputs = net.getOutputLayer(0).getParam("W").size(1);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < outputs; i++) {
                names.add("class " + i);
            }
            return names;
        }
    }

    /** The shape of one example as the run's dataset provides it, which is what the model was built for. */
    private long[] inputShape(RunSummary run) {
        try {
            long[] shape = datasets.get(run.datasetId()).test().getFeatures().shape();
            return Arrays.copyOfRange(shape, 1, shape.length);
        } catch (RuntimeException e) {
            return null; // dataset gone: DL4J's own error is the only check left
        }
    }

    private static void checkShape(LoadedModel model, INDArray input) {
        long[] expected = model.inputShape();
        if (expected == null) {
            return;
        }
        long[] given = input.shape();
        boolean fits = given.length == expected.length + 1 && given[0] == 1;
        for (int i = 0; fits && i < expected.length; i++) {
            fits = expected[i] < 0 || expected[i] == given[i + 1];
        }
        if (!fits) {
            throw new InferenceRejectedException("This model takes one example of shape "
                    + Arrays.toString(expected).replace("-1", "any") + " (given with a leading batch dimension of 1)"
                    + ", but the input has shape " + Arrays.toString(given) + ". "
                    + (expected.length == 1 ? "Enter exactly " + expected[0] + " numbers." : "Resize the input."));
        }
    }

    private static Prediction toPrediction(long runId, LoadedModel model, INDArray row) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < row.length(); i++) {
            values.add(row.getDouble(i));
        }
        if (model.kind() == TaskKind.REGRESSION) {
            return new Prediction(runId, TaskKind.REGRESSION, List.of(), null, values);
        }
        List<ClassProbability> classes = new ArrayList<>();
        int best = 0;
        for (int i = 0; i < values.size(); i++) {
            String name = i < model.classNames().size() ? model.classNames().get(i) : "class " + i;
            classes.add(new ClassProbability(name, values.get(i)));
            if (values.get(i) > values.get(best)) {
                best = i;
            }
        }
        return new Prediction(runId, TaskKind.CLASSIFICATION, classes, classes.get(best).className(), values);
    }
}

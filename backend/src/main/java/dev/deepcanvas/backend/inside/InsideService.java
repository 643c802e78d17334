package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.TargetScale;
import dev.deepcanvas.backend.dataset.UnknownDatasetException;
import dev.deepcanvas.backend.inference.InferenceRejectedException;
import dev.deepcanvas.backend.inference.InferenceService;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.DatasetLookup;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Looks inside a succeeded run's model: for one held-out example, the output of every layer of the canvas in the
 * order the data flows through them, exactly as DL4J's own {@code feedForward} computes it in inference mode.
 * Only the caller's own runs can be looked into; another user's run is reported missing.
 */
@Service
public class InsideService {

    private static final Logger log = LoggerFactory.getLogger(InsideService.class);
    /** Feature maps beyond this many per layer are counted but not sent: a page of thumbnails, not a huge payload. */
    public static final int MAX_CHANNELS = 64;
    /** Units beyond this many per layer are counted but not sent. */
    public static final int MAX_UNITS = 1024;

    private final RunQueries runs;
    private final InferenceService inference;
    private final DatasetLookup datasets;

    public InsideService(RunQueries runs, InferenceService inference, DatasetLookup datasets) {
        this.runs = runs;
        this.inference = inference;
        this.datasets = datasets;
    }

    /** How many held-out examples the run offers, to bound the example picker. */
    public int exampleCount(long runId) {
        return heldOut(lookable(runId)).size();
    }

    /**
     * Every layer's output for held-out example {@code index} of the run.
     *
     * @throws InsideRejectedException for a run that is missing or not the caller's, not succeeded, a GAN or a
     *                                 sequence writer, has several inputs or lost its dataset, or an index out of range
     */
    public InsideExample look(long runId, int index) {
        RunSummary run = lookable(runId);
        PreparedDataset data = dataset(run);
        DatasetSplit test = heldOut(run, data);
        if (test.features().size() != 1) {
            throw new InsideRejectedException("Run #" + runId + " reads " + test.features().size() + " inputs at once; "
                    + "the Inside view shows models with one input for now.");
        }
        if (index < 0 || index >= test.size()) {
            throw new InsideRejectedException("Held-out example " + index + " does not exist: choose 0 to "
                    + (test.size() - 1) + ".");
        }
        INDArray example = row(test.features().get(0), index);
        GraphDocument graph = runs.snapshot(runId).graph();
        List<LayerActivations> layers;
        try {
            layers = inference.withModel(runId, net -> activations(runId, index, net, graph, example));
        } catch (InferenceRejectedException e) {
            throw new InsideRejectedException(e.getMessage());
        }
        boolean classifier = run.task() != TaskKind.REGRESSION;
        INDArray label = row(test.labels().get(0), index);
        String predicted = null;
        if (classifier) {
            LayerActivations output = layers.stream().filter(l -> l.kind() == LayerKind.OUTPUT).findFirst()
                    .orElseThrow(() -> new IllegalStateException("run " + runId + ": its model has no output layer"));
            predicted = className(data.classNames(), output.topUnits(1).get(0));
        }
        return new InsideExample(runId, index, test.size(),
                classifier ? className(data.classNames(), label.argMax().getInt(0)) : targets(data, label),
                predicted, classifier ? data.classNames() : List.of(), layers);
    }

    private List<LayerActivations> activations(long runId, int index, ComputationGraph net, GraphDocument graph,
                                               INDArray example) {
        INDArray input = example.castTo(net.params().dataType());
        Map<String, INDArray> values;
        try {
            values = net.feedForward(new INDArray[]{input}, false);
        } catch (RuntimeException unexpected) {
            log.error("Run {}: the model failed on held-out example {}", runId, index, unexpected);
            throw new InsideRejectedException("The model of run #" + runId + " failed on held-out example " + index
                    + " with an unexpected error; the details are in the log file.");
        }
        String inputName = net.getConfiguration().getNetworkInputs().get(0);
        List<String> outputs = net.getConfiguration().getNetworkOutputs();
        List<LayerActivations> layers = new ArrayList<>();
        for (int vertex : net.topologicalSortOrder()) {
            String name = net.getVertices()[vertex].getVertexName();
            // Only the canvas's own nodes: the compiler may add helper vertices the user never drew.
            GraphNode node = graph.node(name).orElse(null);
            INDArray value = name.equals(inputName) ? values.getOrDefault(name, input) : values.get(name);
            if (node != null && value != null) {
                layers.add(LayerReading.of(node, value, outputs.contains(name)));
            }
        }
        return layers;
    }

    private RunSummary lookable(long runId) {
        RunSummary run = runs.find(runId).orElseThrow(() -> new InsideRejectedException(
                "There is no run #" + runId + "."));
        if (run.status() != RunState.SUCCEEDED) {
            throw new InsideRejectedException("Run #" + runId + " is " + run.status().name().toLowerCase(Locale.ROOT)
                    + ": only a succeeded run has a trained model to look inside.");
        }
        if (run.task() == TaskKind.GAN) {
            throw new InsideRejectedException("Run #" + runId + " is a GAN, whose model draws pictures rather than "
                    + "judging an input: its sample grids show what it learned.");
        }
        if (run.task() == TaskKind.SEQUENCE) {
            throw new InsideRejectedException("Run #" + runId + " writes sequences; the Inside view looks into "
                    + "classifiers and regressors for now.");
        }
        return run;
    }

    private DatasetSplit heldOut(RunSummary run) {
        return heldOut(run, dataset(run));
    }

    private static DatasetSplit heldOut(RunSummary run, PreparedDataset data) {
        return data.part(DatasetPart.TEST).orElseThrow(() -> new InsideRejectedException("The dataset of run #"
                + run.id() + " has no held-out part to choose an example from."));
    }

    private PreparedDataset dataset(RunSummary run) {
        try {
            return datasets.get(run.datasetId());
        } catch (UnknownDatasetException deleted) {
            throw new InsideRejectedException("The dataset of run #" + run.id() + " is no longer available, so "
                    + "there is no held-out example to look at.");
        }
    }

    private static INDArray row(INDArray all, int index) {
        long[] shape = all.shape().clone();
        shape[0] = 1;
        return all.slice(index).reshape(shape).dup();
    }

    private static String className(List<String> names, int index) {
        return index < names.size() ? names.get(index) : "class " + index;
    }

    /** A regressor's true targets, in the target's own unit where the dataset knows it. */
    private static String targets(PreparedDataset data, INDArray label) {
        TargetScale scale = data.descriptor().targetScale();
        double[] values = label.toDoubleVector();
        boolean scaled = scale != null && scale.std().size() == values.length;
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            shown.add(String.format(Locale.ROOT, "%.3f", scaled ? scale.toOriginal(i, values[i]) : values[i]));
        }
        return String.join(", ", shown) + (!scaled ? " (standardised)" : scale.unit() == null ? "" : " " + scale.unit());
    }
}

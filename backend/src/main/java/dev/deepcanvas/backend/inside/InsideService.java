package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.TargetScale;
import dev.deepcanvas.backend.dataset.UnknownDatasetException;
import dev.deepcanvas.backend.dataset.parsing.Vocabulary;
import dev.deepcanvas.backend.inference.InferenceRejectedException;
import dev.deepcanvas.backend.inference.InferenceService;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.DatasetLookup;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.impl.LayerVertex;
import org.deeplearning4j.nn.layers.recurrent.LastTimeStepLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
        Chosen chosen = choose(runId, index);
        RunSummary run = chosen.run();
        GraphDocument graph = runs.snapshot(runId).graph();
        List<LayerActivations> layers;
        try {
            layers = inference.withModel(runId, net -> activations(runId, index, net, graph, chosen.example()));
        } catch (InferenceRejectedException e) {
            throw new InsideRejectedException(e.getMessage());
        }
        PreparedDataset data = chosen.data();
        boolean classifier = run.task() != TaskKind.REGRESSION;
        INDArray label = row(chosen.test().labels().get(0), index);
        String predicted = null;
        if (classifier) {
            LayerActivations output = layers.stream().filter(l -> l.kind() == LayerKind.OUTPUT).findFirst()
                    .orElseThrow(() -> new IllegalStateException("run " + runId + ": its model has no output layer"));
            predicted = className(data.classNames(), output.topUnits(1).get(0));
        }
        return new InsideExample(runId, index, chosen.test().size(),
                classifier ? className(data.classNames(), label.argMax().getInt(0)) : targets(data, label),
                predicted, classifier ? data.classNames() : List.of(), layers, words(data, chosen.example()));
    }

    /** The words of a tokenised input, step by step; empty for any other input. */
    private static List<String> words(PreparedDataset data, INDArray example) {
        Vocabulary vocabulary = data.descriptor().input().vocabulary();
        if (vocabulary == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (long id : example.ravel().toLongVector()) {
            words.add(id >= 0 && id < vocabulary.size() ? vocabulary.token((int) id) : "#" + id);
        }
        return words;
    }

    /**
     * The saliency of held-out example {@code index} for output unit {@code unit} (a class, or a regressor's
     * output): how much that unit changes per unit change of each input value.
     *
     * @throws InsideRejectedException as {@link #look}, and for an input that is not a picture or a feature vector
     *                                 (word numbers have no gradient), a unit out of range, or a model whose layers
     *                                 cannot be differentiated as they run in inference
     */
    public SaliencyMap saliency(long runId, int index, int unit) {
        return saliency(runId, index, unit, false);
    }

    /**
     * As {@link #saliency(long, int, int)}, of the unit's score before the output's activation when {@code score}
     * (a class's logit: a near-certain probability barely moves, its score still does).
     */
    public SaliencyMap saliency(long runId, int index, int unit, boolean score) {
        Chosen chosen = choose(runId, index);
        long[] shape = chosen.example().shape();
        if (chosen.data().descriptor().input().vocabulary() != null) {
            throw new InsideRejectedException("The input of run #" + runId + " is words given by their numbers in "
                    + "the vocabulary: a word's number cannot be nudged, so it has no gradient to show.");
        }
        if (shape.length != 2 && shape.length != 4) {
            throw new InsideRejectedException("The input of run #" + runId + " is a sequence of shape "
                    + oneExample(shape) + "; the saliency map is drawn for pictures and feature vectors.");
        }
        boolean classifier = chosen.run().task() != TaskKind.REGRESSION;
        String name = classifier ? className(chosen.data().classNames(), unit) : "output " + unit;
        INDArray gradient;
        try {
            gradient = inference.withModel(runId, net -> {
                try {
                    return InputGradient.of(net, chosen.example().castTo(net.params().dataType()), unit, score);
                } catch (InsideRejectedException refused) {
                    throw refused;
                } catch (RuntimeException unexpected) {
                    log.error("Run {}: the saliency of held-out example {} failed", runId, index, unexpected);
                    throw new InsideRejectedException("The saliency map of run #" + runId + " failed with an "
                            + "unexpected error; the details are in the log file.");
                }
            });
        } catch (InferenceRejectedException e) {
            throw new InsideRejectedException(e.getMessage());
        }
        return new SaliencyMap(unit, name, score, oneExample(shape), shape.length == 2
                ? chosen.data().descriptor().featureNames() : List.of(),
                gradient.castTo(DataType.FLOAT).dup('c').data().asFloat());
    }

    /**
     * The learned filters of the model's first two-dimensional convolution in the order the data flows; empty for a
     * model without one. They do not depend on the example, so the view asks once per run.
     *
     * @throws InsideRejectedException as {@link #exampleCount}
     */
    public Optional<LearnedFilters> firstFilters(long runId) {
        lookable(runId);
        GraphDocument graph = runs.snapshot(runId).graph();
        try {
            return inference.withModel(runId, net -> firstConvolution(net, graph));
        } catch (InferenceRejectedException e) {
            throw new InsideRejectedException(e.getMessage());
        }
    }

    static Optional<LearnedFilters> firstConvolution(ComputationGraph net, GraphDocument graph) {
        for (int vertex : net.topologicalSortOrder()) {
            GraphVertex candidate = net.getVertices()[vertex];
            // Exactly DL4J's plain convolution: its subclasses (depthwise, separable, transposed, 1-D) lay their
            // weights out differently or do not look at a picture's pixels.
            if (candidate.hasLayer() && graph.node(candidate.getVertexName()).isPresent()
                    && candidate.getLayer().conf().getLayer().getClass() == ConvolutionLayer.class) {
                return Optional.of(filters(candidate.getVertexName(), candidate.getLayer().getParam("W")));
            }
        }
        return Optional.empty();
    }

    /** DL4J keeps a convolution's weights as {@code [filters, channels, height, width]}. */
    private static LearnedFilters filters(String nodeId, INDArray weights) {
        int count = (int) weights.size(0);
        int shown = Math.min(count, MAX_CHANNELS);
        List<float[]> each = new ArrayList<>();
        for (int f = 0; f < shown; f++) {
            each.add(weights.slice(f).castTo(DataType.FLOAT).dup('c').data().asFloat());
        }
        String note = shown < count ? "The first " + shown + " of " + count + " filters are shown." : null;
        return new LearnedFilters(nodeId, count, (int) weights.size(1), (int) weights.size(2), (int) weights.size(3),
                each, weights.minNumber().doubleValue(), weights.maxNumber().doubleValue(), note);
    }

    /** The run, its dataset and held-out part, and example {@code index} of it with its batch dimension of 1. */
    private record Chosen(RunSummary run, PreparedDataset data, DatasetSplit test, INDArray example) {
    }

    private Chosen choose(long runId, int index) {
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
        return new Chosen(run, data, test, row(test.features().get(0), index));
    }

    private static List<Long> oneExample(long[] shape) {
        return Arrays.stream(shape, 1, shape.length).boxed().toList();
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
        for (int position : net.topologicalSortOrder()) {
            GraphVertex vertex = net.getVertices()[position];
            String name = vertex.getVertexName();
            // Only the canvas's own nodes: the compiler may add helper vertices the user never drew.
            GraphNode node = graph.node(name).orElse(null);
            INDArray value = name.equals(inputName) ? values.getOrDefault(name, input) : values.get(name);
            if (node != null && vertex.hasLayer() && vertex.getLayer() instanceof LastTimeStepLayer lastStep) {
                layers.add(LayerReading.overTime(node, wholeSequence(net, vertex, lastStep, values),
                        "The layer passes on only its last time step, the right-most column."));
            } else if (node != null && value != null) {
                layers.add(LayerReading.of(node, value, outputs.contains(name)));
            }
        }
        return layers;
    }

    /**
     * A recurrent layer that passes on only its last step (many-to-one) still computed a hidden state at every
     * step: its wrapped layer is run again on the same input to show them all.
     */
    private static INDArray wholeSequence(ComputationGraph net, GraphVertex vertex, LastTimeStepLayer lastStep,
                                          Map<String, INDArray> values) {
        String from = net.getVertices()[vertex.getInputVertices()[0].getVertexIndex()].getVertexName();
        INDArray input = values.get(from);
        LayerWorkspaceMgr none = LayerWorkspaceMgr.noWorkspaces();
        if (vertex instanceof LayerVertex layerVertex && layerVertex.getLayerPreProcessor() != null) {
            input = layerVertex.getLayerPreProcessor().preProcess(input, 1, none);
        }
        return lastStep.getUnderlying().activate(input, false, none).detach();
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

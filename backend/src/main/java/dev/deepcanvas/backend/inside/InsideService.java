package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.backend.dataset.GraphDatasetFit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.TargetScale;
import dev.deepcanvas.backend.dataset.UnknownDatasetException;
import dev.deepcanvas.backend.dataset.parsing.TextEncoder;
import dev.deepcanvas.backend.dataset.parsing.Vocabulary;
import dev.deepcanvas.backend.inference.InferenceRejectedException;
import dev.deepcanvas.backend.inference.InferenceService;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.DatasetLookup;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.layers.recurrent.LastTimeStepLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Looks inside a succeeded run's model: for one held-out example, the output of every layer of the canvas in the
 * order the data flows through them, each computed by DL4J's own layer in inference mode ({@link LayerOutputs}); for a
 * model that writes a sequence, the token it wrote at each step; for attention layers their weights and for LSTM
 * and GRU layers their gates, which DL4J does not return and which are recomputed from the trained parameters (and shown
 * only where the recomputed output is DL4J's).
 * Only the caller's own runs can be looked into; another user's run is reported missing.
 */
@Service
public class InsideService {

    private static final Logger log = LoggerFactory.getLogger(InsideService.class);
    /** Feature maps beyond this many per layer are counted but not sent: a page of thumbnails, not a huge payload. */
    public static final int MAX_CHANNELS = 64;
    /** Units beyond this many per layer are counted but not sent. */
    public static final int MAX_UNITS = 1024;
    /** Steps of a sequence output listed with their tokens: more are counted but not sent. */
    public static final int MAX_OUTPUT_STEPS = 64;

    private final RunQueries runs;
    private final InferenceService inference;
    private final DatasetLookup datasets;
    private final GraphAnalyzer analyzer;

    public InsideService(RunQueries runs, InferenceService inference, DatasetLookup datasets,
                         GraphAnalyzer analyzer) {
        this.runs = runs;
        this.inference = inference;
        this.datasets = datasets;
        this.analyzer = analyzer;
    }

    /** How many held-out examples the run offers, to bound the example picker. */
    public int exampleCount(long runId) {
        return heldOut(lookable(runId)).size();
    }

    /**
     * Every layer's output for held-out example {@code index} of the run; for a model that writes a sequence also
     * the token it wrote at each step, and for attention, LSTM and GRU layers their weights and gates.
     *
     * @throws InsideRejectedException for a run that is missing or not the caller's, not succeeded, a GAN, has an
     *                                 input no dataset array feeds, or lost its dataset, or an index out of range
     */
    public InsideExample look(long runId, int index) {
        Chosen chosen = choose(runId, index);
        RunSummary run = chosen.run();
        Reading reading = readWithModel(runId, index, chosen);
        PreparedDataset data = chosen.data();
        String text = chosen.test().texts().isEmpty() ? null : chosen.test().texts().get(index);
        if (reading.sequence() != null) {
            String separator = data.task() == DatasetTask.NEXT_TOKEN ? "" : " ";
            List<String> truth = reading.sequence().steps().stream().map(StepPrediction::truth).toList();
            return new InsideExample(runId, index, chosen.test().size(), SequenceReading.text(truth, separator),
                    SequenceReading.text(reading.sequence().tokens(), separator), List.of(), reading.layers(),
                    reading.words(), text, reading.sequence(), reading.attention(), reading.gates());
        }
        boolean classifier = run.task() != TaskKind.REGRESSION;
        INDArray label = row(chosen.test().labels().get(0), index);
        String predicted = null;
        if (classifier) {
            LayerActivations output = reading.layers().stream().filter(l -> l.kind() == LayerKind.OUTPUT)
                    .findFirst().orElseThrow(() -> new IllegalStateException("run " + runId
                            + ": its model has no output layer"));
            predicted = className(data.classNames(), output.topUnits(1).get(0));
        }
        return new InsideExample(runId, index, chosen.test().size(),
                classifier ? className(data.classNames(), label.argMax().getInt(0)) : targets(data, label),
                predicted, classifier ? data.classNames() : List.of(), reading.layers(), reading.words(), text, null,
                reading.attention(), reading.gates());
    }

    /** The index an {@link InsideExample} of the user's own input (picture or sentence) carries: no held-out one. */
    public static final int OWN_INPUT = -1;

    /**
     * The size a picture of the user's own must have for this run, {@code [channels, height, width]}; empty when the
     * run's model does not read one picture (or cannot be looked into at all).
     */
    public Optional<List<Long>> ownPictureShape(long runId) {
        try {
            RunSummary run = lookable(runId);
            PreparedDataset data = dataset(run);
            return acceptsPictures(run, data) ? Optional.of(oneExample(data.descriptor().input().arrayShape(1)))
                    : Optional.empty();
        } catch (InsideRejectedException refused) {
            return Optional.empty();
        }
    }

    /**
     * Every layer's output for a picture of the user's own (drawn on the pad or uploaded), already of the model's
     * input size, {@code [1, channels, height, width]} with values in [0, 1] like the dataset's: there is no true
     * answer, only what the model makes of it.
     *
     * @throws InsideRejectedException as {@link #look}, and for a model that does not read exactly one picture, or a
     *                                 picture of another size
     */
    public InsideExample lookAtPicture(long runId, INDArray picture) {
        Chosen chosen = ownPicture(runId, picture);
        Reading reading = readWithModel(runId, OWN_INPUT, chosen);
        boolean classifier = chosen.run().task() != TaskKind.REGRESSION;
        String predicted = classifier ? predictedClass(runId, chosen.data(), reading) : null;
        return new InsideExample(runId, OWN_INPUT, chosen.test().size(), null, predicted,
                classifier ? chosen.data().classNames() : List.of(), reading.layers(), reading.words(), null, null,
                reading.attention(), reading.gates());
    }

    /** The saliency of the user's own picture (see {@link #lookAtPicture}), as {@link #saliency(long, int, int, boolean)}. */
    public SaliencyMap saliencyOfPicture(long runId, INDArray picture, int unit, boolean score) {
        return saliency(ownPicture(runId, picture), OWN_INPUT, unit, score);
    }

    private static boolean acceptsPictures(RunSummary run, PreparedDataset data) {
        return data.descriptor().inputs().size() == 1 && data.descriptor().input().shape().isImage()
                && run.task() != TaskKind.SEQUENCE;
    }

    /** "held-out example 7", or "your own input", for messages. */
    private static String example(int index) {
        return index == OWN_INPUT ? "your own input" : "held-out example " + index;
    }

    /** Whether the run's model reads one sentence and answers with a class, so a sentence of the user's own fits. */
    public boolean acceptsSentences(long runId) {
        try {
            RunSummary run = lookable(runId);
            PreparedDataset data = dataset(run);
            return acceptsSentences(run, data);
        } catch (InsideRejectedException refused) {
            return false;
        }
    }

    /**
     * Every layer's output for a sentence the user typed, read as the model reads its data: lower-cased words of its
     * vocabulary, unknown ones as {@code <unk>}, padded or cut to the model's length. The example's text says how
     * the model read it.
     *
     * @throws InsideRejectedException as {@link #look}, for a model that does not read one sentence, and for a
     *                                 sentence with no word, or none the model knows
     */
    public InsideExample lookAtSentence(long runId, String sentence) {
        TypedSentence typed = typedSentence(runId, sentence);
        Chosen chosen = typed.chosen();
        TextEncoder.Encoded encoded = typed.encoded();
        TextEncoder encoder = chosen.data().descriptor().textEncoder().orElseThrow();
        Reading reading = readWithModel(runId, OWN_INPUT, chosen);
        String readAs = "Read as: " + String.join(" ", encoded.words())
                + (encoded.unknownWords().isEmpty() ? "" : " · not among the words it learned, so read as <unk>: "
                + String.join(", ", encoded.unknownWords()))
                + (encoded.wordsCut() > 0 ? " · it reads the last " + encoder.length() + " words, so the first "
                + encoded.wordsCut() + " are left out" : "");
        return new InsideExample(runId, OWN_INPUT, chosen.test().size(), null,
                predictedClass(runId, chosen.data(), reading), chosen.data().classNames(), reading.layers(),
                reading.words(), readAs, null, reading.attention(), reading.gates());
    }

    /** A typed sentence as the model reads it, in place of a held-out example. */
    private record TypedSentence(Chosen chosen, TextEncoder.Encoded encoded) {
    }

    private TypedSentence typedSentence(long runId, String sentence) {
        RunSummary run = lookable(runId);
        PreparedDataset data = dataset(run);
        if (!acceptsSentences(run, data)) {
            throw new InsideRejectedException("Run #" + runId + " does not read one sentence and answer with a class, "
                    + "so a sentence of your own cannot be shown to it: choose a held-out example.");
        }
        TextEncoder encoder = data.descriptor().textEncoder().orElseThrow();
        TextEncoder.Encoded encoded = encoder.encode(sentence == null ? "" : sentence);
        if (encoded.isEmpty()) {
            throw new InsideRejectedException("Type a sentence: the text has no words (letters or digits) for the "
                    + "model to read.");
        }
        if (!encoded.hasKnownWord()) {
            throw new InsideRejectedException("None of the words you typed is among the words the model learned, "
                    + "so it would see only <unk>.");
        }
        int[] ids = encoded.ids();
        float[] row = new float[ids.length];
        for (int t = 0; t < ids.length; t++) {
            row[t] = ids[t];
        }
        return new TypedSentence(new Chosen(run, runs.snapshot(runId).graph(), data, heldOut(run, data),
                List.of(Nd4j.create(row, new long[]{1, 1, ids.length})), List.of()), encoded);
    }

    private static boolean acceptsSentences(RunSummary run, PreparedDataset data) {
        return data.descriptor().inputs().size() == 1 && data.descriptor().textEncoder().isPresent()
                && run.task() == TaskKind.CLASSIFICATION;
    }

    private static String predictedClass(long runId, PreparedDataset data, Reading reading) {
        return className(data.classNames(), reading.layers().stream().filter(l -> l.kind() == LayerKind.OUTPUT)
                .findFirst().orElseThrow(() -> new IllegalStateException("run " + runId
                        + ": its model has no output layer")).topUnits(1).get(0));
    }

    /** The run with the user's picture in place of a held-out example, once it is known to fit the model. */
    private Chosen ownPicture(long runId, INDArray picture) {
        RunSummary run = lookable(runId);
        PreparedDataset data = dataset(run);
        if (!acceptsPictures(run, data)) {
            throw new InsideRejectedException("Run #" + runId + " does not read one picture and answer with a class "
                    + "or numbers, so a picture of your own cannot be shown to it: choose a held-out example.");
        }
        long[] expected = data.descriptor().input().arrayShape(1);
        if (!Arrays.equals(picture.shape(), expected)) {
            throw new InsideRejectedException("The picture is " + oneExample(picture.shape()) + ", but the model of "
                    + "run #" + runId + " reads " + oneExample(expected) + " (channels, height, width).");
        }
        return new Chosen(run, runs.snapshot(runId).graph(), data, heldOut(run, data), List.of(picture), List.of());
    }

    /** The words of a tokenised input, step by step. */
    private static List<String> words(Vocabulary vocabulary, INDArray ids) {
        List<String> words = new ArrayList<>();
        for (long id : ids.ravel().toLongVector()) {
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
        return saliency(choose(runId, index), index, unit, score);
    }

    private SaliencyMap saliency(Chosen chosen, int index, int unit, boolean score) {
        long runId = chosen.run().id();
        if (chosen.examples().size() != 1) {
            throw new InsideRejectedException("Run #" + runId + " reads " + chosen.examples().size() + " inputs at "
                    + "once; the saliency map is drawn for models with one input.");
        }
        INDArray example = chosen.examples().get(0);
        long[] shape = example.shape();
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
        INDArray gradient = gradientOf(runId, index, "saliency map",
                net -> InputGradient.of(net, example.castTo(net.params().dataType()), unit, score));
        return new SaliencyMap(unit, name, score, oneExample(shape), shape.length == 2
                ? chosen.data().descriptor().featureNames() : List.of(),
                gradient.castTo(DataType.FLOAT).dup('c').data().asFloat());
    }

    /**
     * The saliency per word of held-out example {@code index} of a model that reads words through an embedding
     * layer, for output unit {@code unit}, of its score before the output's activation when {@code score}: the
     * gradient at each word's vector ({@link WordGradient}), lined up with the example's text where the dataset
     * keeps it.
     *
     * @throws InsideRejectedException as {@link #look}, for a model that does not read words through one embedding
     *                                 layer, a unit out of range, or layers that cannot be differentiated as they run
     *                                 in inference
     */
    public WordSaliency wordSaliency(long runId, int index, int unit, boolean score) {
        Chosen chosen = choose(runId, index);
        String text = chosen.test().texts().isEmpty() ? null : chosen.test().texts().get(index);
        return wordSaliency(chosen, index, text, unit, score);
    }

    /** As {@link #wordSaliency}, of a sentence the user typed (see {@link #lookAtSentence}). */
    public WordSaliency wordSaliencyOfSentence(long runId, String sentence, int unit, boolean score) {
        return wordSaliency(typedSentence(runId, sentence).chosen(), OWN_INPUT, sentence, unit, score);
    }

    private WordSaliency wordSaliency(Chosen chosen, int index, String text, int unit, boolean score) {
        long runId = chosen.run().id();
        if (chosen.examples().size() != 1) {
            throw new InsideRejectedException("Run #" + runId + " reads " + chosen.examples().size() + " inputs at "
                    + "once; the word saliency is drawn for models with one input.");
        }
        if (chosen.run().task() == TaskKind.SEQUENCE) {
            throw new InsideRejectedException("Run #" + runId + " writes a sequence, a token per step, not one "
                    + "answer to trace back to the words.");
        }
        Vocabulary vocabulary = chosen.data().descriptor().input().vocabulary();
        if (vocabulary == null) {
            throw new InsideRejectedException("The input of run #" + runId + " is not words: its saliency is drawn "
                    + "over the input itself.");
        }
        INDArray example = chosen.examples().get(0);
        boolean classifier = chosen.run().task() != TaskKind.REGRESSION;
        String name = classifier ? className(chosen.data().classNames(), unit) : "output " + unit;
        WordGradient.PerStep perStep = gradientOf(runId, index, "word saliency",
                net -> WordGradient.of(net, example.castTo(net.params().dataType()), unit, score));
        int[] ids = example.ravel().toIntVector();
        if (ids.length != perStep.influence().length) {
            throw new InsideRejectedException("The embedding of run #" + runId + " makes "
                    + perStep.influence().length + " word vectors of " + ids.length + " words, so they cannot be "
                    + "told apart per word.");
        }
        TextEncoder encoder = chosen.data().descriptor().textEncoder().orElse(null);
        return new WordSaliency(unit, name, score, perStep.embeddingNode(),
                ExampleWords.align(ids, vocabulary, encoder, text, perStep));
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

    /**
     * The run, its dataset and held-out part, and example {@code index} of it, each input with its batch dimension
     * of 1 (in the dataset's order), and the graph node each of them feeds.
     */
    private record Chosen(RunSummary run, GraphDocument graph, PreparedDataset data, DatasetSplit test,
                          List<INDArray> examples, List<String> inputNodes) {
    }

    private Chosen choose(long runId, int index) {
        RunSummary run = lookable(runId);
        PreparedDataset data = dataset(run);
        DatasetSplit test = heldOut(run, data);
        if (index < 0 || index >= test.size()) {
            throw new InsideRejectedException("Held-out example " + index + " does not exist: choose 0 to "
                    + (test.size() - 1) + ".");
        }
        GraphDocument graph = runs.snapshot(runId).graph();
        // A single input needs no pairing: it feeds the model's one input.
        List<String> inputNodes = List.of();
        if (test.features().size() > 1) {
            // Which array feeds which input node, as training paired them (by shape, not by position).
            GraphDatasetFit fit = GraphDatasetFit.check(graph, analyzer.analyze(graph), data.descriptor());
            if (fit.inputNodeIds().contains(null)) {
                throw new InsideRejectedException("Run #" + runId + " reads " + test.features().size() + " inputs, "
                        + "and its graph no longer shows which node takes which of them.");
            }
            inputNodes = fit.inputNodeIds();
        }
        List<INDArray> examples = new ArrayList<>();
        for (INDArray all : test.features()) {
            examples.add(row(all, index));
        }
        return new Chosen(run, graph, data, test, examples, inputNodes);
    }

    private static List<Long> oneExample(long[] shape) {
        return Arrays.stream(shape, 1, shape.length).boxed().toList();
    }

    /** What the model made of the example: every layer, the sequence it wrote, attention weights and gates. */
    private record Reading(List<LayerActivations> layers, List<String> words, SequenceOutput sequence,
                           List<AttentionMap> attention, List<RecurrentGates> gates) {
    }

    /** What the run's model (loaded, or taken from the cache) makes of the chosen input. */
    private Reading readWithModel(long runId, int index, Chosen chosen) {
        try {
            return inference.withModel(runId, net -> read(runId, index, net, chosen));
        } catch (InferenceRejectedException e) {
            throw new InsideRejectedException(e.getMessage());
        }
    }

    private Reading read(long runId, int index, ComputationGraph net, Chosen chosen) {
        try {
            return readUnguarded(index, net, chosen);
        } catch (InsideRejectedException refused) {
            throw refused;
        } catch (RuntimeException unexpected) {
            log.error("Run {}: the model failed on {}", runId, example(index), unexpected);
            throw new InsideRejectedException("The model of run #" + runId + " failed on " + example(index)
                    + " with an unexpected error; the details are in the log file.");
        }
    }

    private Reading readUnguarded(int index, ComputationGraph net, Chosen chosen) {
        List<String> networkInputs = net.getConfiguration().getNetworkInputs();
        INDArray[] inputs = new INDArray[networkInputs.size()];
        for (int i = 0; i < inputs.length; i++) {
            int fed = networkInputs.size() == 1 ? 0 : chosen.inputNodes().indexOf(networkInputs.get(i));
            if (fed < 0 || fed >= chosen.examples().size()) {
                throw new InsideRejectedException("No array of the dataset feeds the input '" + networkInputs.get(i)
                        + "' of this model, so there is nothing to show it.");
            }
            inputs[i] = chosen.examples().get(fed).castTo(net.params().dataType());
        }
        PreparedDataset data = chosen.data();
        boolean sequence = chosen.run().task() == TaskKind.SEQUENCE;
        int previousWords = data.task() == DatasetTask.IMAGE_CAPTIONING
                ? previousWordsInput(data, chosen.inputNodes(), networkInputs) : -1;
        String decoding = previousWords >= 0
                ? "The decoder was fed its own previous word at every step, after the start token, as when it writes "
                + "a caption on its own; the true caption is only compared with it."
                : "All steps in one pass, as the run was scored.";
        if (previousWords >= 0) {
            inputs[previousWords] = CaptionDecoding.greedy(net, inputs, previousWords);
        }
        // Each vertex run on copies of its inputs: feedForward's map would show a layer before an Activation node
        // with that activation already applied (DL4J applies it in place in inference).
        Map<String, INDArray> values = LayerOutputs.of(net, inputs);
        for (int i = 0; i < inputs.length; i++) {
            values.putIfAbsent(networkInputs.get(i), inputs[i]);
        }
        List<String> words = List.of();
        for (int i = 0; i < inputs.length && words.isEmpty(); i++) {
            int fed = networkInputs.size() == 1 ? 0 : chosen.inputNodes().indexOf(networkInputs.get(i));
            Vocabulary vocabulary = data.descriptor().inputs().get(fed).vocabulary();
            if (vocabulary != null) {
                words = words(vocabulary, inputs[i]);
            }
        }
        String outputName = net.getConfiguration().getNetworkOutputs().get(0);
        SequenceOutput written = sequence ? SequenceReading.of(outputName, values.get(outputName),
                row(chosen.test().labels().get(0), index), data.descriptor().output().vocabulary(), decoding) : null;
        StepLabels labels = new StepLabels(words, written == null ? List.of() : written.tokens());
        return layers(net, chosen.graph(), values, labels, words, written);
    }

    /** The graph input that takes the previous words of a caption: the dataset's input of word numbers. */
    private static int previousWordsInput(PreparedDataset data, List<String> inputNodes, List<String> networkInputs) {
        for (int i = 0; i < data.descriptor().inputs().size(); i++) {
            if (data.descriptor().inputs().get(i).vocabulary() != null && i < inputNodes.size()) {
                return networkInputs.indexOf(inputNodes.get(i));
            }
        }
        return -1;
    }

    private static Reading layers(ComputationGraph net, GraphDocument graph, Map<String, INDArray> values,
                                  StepLabels labels, List<String> words, SequenceOutput written) {
        List<String> outputs = net.getConfiguration().getNetworkOutputs();
        List<LayerActivations> layers = new ArrayList<>();
        List<AttentionMap> attention = new ArrayList<>();
        List<RecurrentGates> gates = new ArrayList<>();
        for (int position : net.topologicalSortOrder()) {
            GraphVertex vertex = net.getVertices()[position];
            String name = vertex.getVertexName();
            // Only the canvas's own nodes: the compiler may add helper vertices the user never drew.
            GraphNode node = graph.node(name).orElse(null);
            INDArray value = values.get(name);
            if (node == null || value == null) {
                continue;
            }
            LayerActivations layer;
            List<String> notes = new ArrayList<>();
            if (vertex.hasLayer() && vertex.getLayer() instanceof LastTimeStepLayer lastStep) {
                INDArray input = VertexInputs.of(net, vertex, values).get(0);
                INDArray hidden = lastStep.getUnderlying().activate(input, false, LayerWorkspaceMgr.noWorkspaces())
                        .detach();
                layer = LayerReading.overTime(node, hidden,
                        "The layer passes on only its last time step, the right-most column.");
                keep(LstmReading.of(node, lastStep.getUnderlying(), input, hidden), gates, notes);
            } else {
                layer = LayerReading.of(node, value, outputs.contains(name));
                // Only sequences come from an LSTM or an attention layer, and a GRU's input is always one; the others
                // cost nothing more.
                boolean gru = vertex.hasLayer() && GruReading.isGru(vertex.getLayer());
                List<INDArray> inputs = value.rank() == 3 || gru ? VertexInputs.of(net, vertex, values) : List.of();
                if (gru && !inputs.isEmpty()) {
                    keep(GruReading.of(node, vertex.getLayer(), inputs.get(0), value), gates, notes);
                } else if (vertex.hasLayer() && !inputs.isEmpty()) {
                    keep(LstmReading.of(node, vertex.getLayer(), inputs.get(0), value), gates, notes);
                }
                if (value.rank() == 3 && !inputs.isEmpty()) {
                    AttentionReading.of(node, vertex, inputs, value, labels).ifPresent(r -> {
                        r.maps().forEach(map -> attention.add(RegionAttention.withRegions(map, graph, values)));
                        if (r.refusal() != null) {
                            notes.add(r.refusal());
                        }
                    });
                }
            }
            layers.add(notes.isEmpty() ? layer : layer.withNote(String.join(" ", notes)));
        }
        return new Reading(layers, words, written, attention, gates);
    }

    /** A recurrent layer's gates where they were recomputed, else why not as a note of its layer. */
    private static void keep(Optional<GateReading> reading, List<RecurrentGates> gates, List<String> notes) {
        reading.ifPresent(r -> {
            if (r.gates() != null) {
                gates.add(r.gates());
            } else {
                notes.add(r.refusal());
            }
        });
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

    /**
     * A gradient computed on the run's model: a refusal passes through as it is, an unexpected failure is logged and
     * said in one line naming {@code what} ("saliency map", "word saliency").
     */
    private <T> T gradientOf(long runId, int index, String what,
                             Function<ComputationGraph, T> gradient) {
        try {
            return inference.withModel(runId, net -> {
                try {
                    return gradient.apply(net);
                } catch (InsideRejectedException refused) {
                    throw refused;
                } catch (RuntimeException unexpected) {
                    log.error("Run {}: the {} of {} failed", runId, what, example(index), unexpected);
                    throw new InsideRejectedException("The " + what + " of run #" + runId + " failed with an "
                            + "unexpected error; the details are in the log file.");
                }
            });
        } catch (InferenceRejectedException e) {
            throw new InsideRejectedException(e.getMessage());
        }
    }
}

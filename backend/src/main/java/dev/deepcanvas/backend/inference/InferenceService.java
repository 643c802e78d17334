package dev.deepcanvas.backend.inference;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.FeatureScale;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.TargetScale;
import dev.deepcanvas.backend.dataset.parsing.TextEncoder;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.DatasetLookup;
import dev.deepcanvas.backend.training.RunDeletedEvent;
import dev.deepcanvas.backend.training.RunDownloads;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import org.deeplearning4j.exception.DL4JException;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.exception.ND4JIllegalStateException;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The playground: a trained run's model predicts for one input at a time. Inputs come in three forms: arrays as
 * the model saw them in training ({@link #predict(long, INDArray)}), tabular features in the dataset's own units
 * ({@link #predictRaw}) and typed text ({@link #predictText}); the last two are encoded exactly as the dataset
 * encoded its training rows. Every call is authorised: another user's run is reported missing.
 */
@Service
public class InferenceService {

    private static final Logger log = LoggerFactory.getLogger(InferenceService.class);
    static final int CACHED_MODELS = 4;
    /** How many vocabulary words a message suggests when none of the typed words is known. */
    private static final int SUGGESTED_WORDS = 12;

    private final RunQueries runs;
    private final ModelLoader models;
    private final ModelCache cache = new ModelCache(CACHED_MODELS);

    public InferenceService(RunQueries runs, RunDownloads downloads, DatasetLookup datasets) {
        this.runs = runs;
        this.models = new ModelLoader(runs, downloads, datasets);
    }

    /** Predicts for one feature vector in the model's own (normalised) units. */
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
        // the cache is shared by everyone: ask first whether this caller may see the run
        if (requireRun(runId).task() == TaskKind.SEQUENCE) {
            // One token per step is not one set of class probabilities (the Inside view shows them step by step).
            throw new InferenceRejectedException("The playground tries classifiers and regressors; run #" + runId
                    + " writes sequences: see its generated samples on the results page.");
        }
        LoadedModel model = cache.get(runId, models::load);
        checkShape(model, input);
        INDArray output;
        // One example is too small to share between threads: a second one would only wait (and, on a busy
        // machine, keep the answer waiting for a core). Request threads never train, so the grant is theirs alone.
        NativeBackend.limitThreadsOfCallingThread(1);
        // One forward pass at a time per model: DL4J networks keep per-call state.
        synchronized (model.net()) {
            try {
                output = model.net().outputSingle(false, input.castTo(model.net().params().dataType()));
            } catch (DL4JException | ND4JIllegalStateException | IllegalArgumentException e) {
                // How DL4J and ND4J refuse an input of the wrong size or rank: the user's input, not a bug.
                throw new InferenceRejectedException("The model could not take this input (" + firstLine(e)
                        + "). Give one example shaped like the training data.");
            } catch (RuntimeException unexpected) {
                log.error("Run {}: the model failed on an input of shape {}", runId,
                        Arrays.toString(input.shape()), unexpected);
                throw new InferenceRejectedException("The model of run #" + runId + " failed on this input with an "
                        + "unexpected error (" + firstLine(unexpected) + "); the details are in the log file.");
            }
        }
        return toPrediction(runId, model, output.reshape(output.length()));
    }

    /**
     * The fields of a tabular model's form: feature names and, as starting values, held-out example 0 in the
     * dataset's own units (or in model units where the dataset's scaling is not known).
     */
    public FeatureForm featureForm(long runId) {
        DatasetDescriptor dataset = dataset(requireRun(runId));
        double[] example = heldOutFeatures(runId, 0);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < example.length; i++) {
            names.add(i < dataset.featureNames().size() ? dataset.featureNames().get(i) : "feature " + (i + 1));
        }
        return new FeatureForm(names, Arrays.stream(example).boxed().toList(), dataset.featureScale() != null);
    }

    /**
     * Row {@code index} of the held-out features in the units the form takes: the dataset's own units where its
     * scaling is known (a real flower in centimetres), else the model's.
     */
    public double[] heldOutFeatures(long runId, int index) {
        DatasetDescriptor dataset = dataset(requireRun(runId));
        INDArray row = heldOutExample(runId, index);
        if (row.rank() != 2) {
            throw new InferenceRejectedException("Run #" + runId + " takes " + Arrays.toString(
                    Arrays.copyOfRange(row.shape(), 1, row.rank())) + " arrays, not a list of features.");
        }
        double[] values = row.toDoubleVector();
        FeatureScale scale = dataset.featureScale();
        return scale == null || scale.columns() != values.length ? values : scale.toRaw(values);
    }

    /**
     * Predicts for features typed in the dataset's own units, rescaled the way training rescaled them.
     *
     * @param names what each value is, for messages (the form's field labels)
     * @throws InferenceRejectedException when a value is missing or not a finite number, or the count is wrong
     */
    public Prediction predictRaw(long runId, double[] raw, List<String> names) {
        DatasetDescriptor dataset = dataset(requireRun(runId));
        FeatureScale scale = dataset.featureScale();
        int expected = scale != null ? scale.columns() : raw.length;
        if (raw.length != expected) {
            throw new InferenceRejectedException("This model takes " + expected + " features; " + raw.length
                    + (raw.length == 1 ? " was" : " were") + " given.");
        }
        for (int i = 0; i < raw.length; i++) {
            if (!Double.isFinite(raw[i])) {
                throw new InferenceRejectedException("'" + (i < names.size() ? names.get(i) : "feature " + (i + 1))
                        + "' needs a finite number.");
            }
        }
        return predict(runId, scale == null ? raw : scale.toModel(raw));
    }

    /**
     * Predicts for typed text, encoded with the dataset's vocabulary the way its training texts were.
     *
     * @throws InferenceRejectedException for text without words, text none of whose words the model knows, or a
     *                                    run whose model does not read text
     */
    public TextPrediction predictText(long runId, String text) {
        DatasetDescriptor dataset = dataset(requireRun(runId));
        TextEncoder encoder = dataset.textEncoder().orElseThrow(() -> new InferenceRejectedException(
                "Run #" + runId + " was not trained on texts, so it cannot read a sentence."));
        TextEncoder.Encoded encoded = encoder.encode(text == null ? "" : text);
        if (encoded.isEmpty()) {
            throw new InferenceRejectedException("Type a sentence: the text has no words (letters or digits) "
                    + "for the model to read.");
        }
        if (!encoded.hasKnownWord()) {
            throw new InferenceRejectedException("None of the words you typed is among the "
                    + (encoder.vocabulary().size() - 2) + " words the model learned, so it would see only <unk>. "
                    + "Try words such as: " + String.join(", ", suggestions(encoder)) + ".");
        }
        int[] ids = encoded.ids();
        float[] row = new float[ids.length];
        for (int t = 0; t < ids.length; t++) {
            row[t] = ids[t];
        }
        Prediction prediction = predict(runId, Nd4j.create(row, new long[]{1, 1, ids.length}));
        return new TextPrediction(prediction, encoded.words(), encoded.unknownWords(), encoded.wordsCut(),
                encoder.length(), encoder.vocabulary().size() - 2);
    }

    /** The text of held-out example {@code index}, for datasets of texts (to fill the text field with). */
    public Optional<String> heldOutText(long runId, int index) {
        DatasetSplit test = heldOut(requireRun(runId));
        if (index < 0 || index >= test.size()) {
            throw new InferenceRejectedException("Held-out example " + index + " does not exist: choose 0 to "
                    + (test.size() - 1) + ".");
        }
        return test.texts().isEmpty() ? Optional.empty() : Optional.of(test.texts().get(index));
    }

    /** Predicts for row {@code index} of the run's held-out data (e.g. to show a misclassified example). */
    public Prediction predictHeldOut(long runId, int index) {
        return predict(runId, heldOutExample(runId, index));
    }

    /** Row {@code index} of the run's held-out (first) input, with its batch dimension, to display it. */
    public INDArray heldOutExample(long runId, int index) {
        // The first input: the only one of most datasets, the picture of a captioning dataset.
        INDArray features = heldOut(requireRun(runId)).features().get(0);
        long rows = features.size(0);
        if (index < 0 || index >= rows) {
            throw new InferenceRejectedException("Held-out example " + index + " does not exist: choose 0 to "
                    + (rows - 1) + ".");
        }
        long[] shape = features.shape().clone();
        shape[0] = 1;
        return features.slice(index).reshape(shape).dup();
    }

    /**
     * Runs {@code look} on the run's trained model, from the same cache the playground uses and one call at a time
     * per model (DL4J networks keep per-call state), for views that read more than the output, such as the
     * activations of every layer.
     *
     * @throws InferenceRejectedException when the run is not the caller's or has no model that can be loaded
     */
    public <T> T withModel(long runId, Function<ComputationGraph, T> look) {
        requireRun(runId);
        LoadedModel model = cache.get(runId, models::load);
        synchronized (model.net()) {
            return look.apply(model.net());
        }
    }

    /** Whether the run's model is in memory now (for tests and diagnostics). */
    public boolean isLoaded(long runId) {
        return cache.contains(runId);
    }

    @EventListener
    void onRunDeleted(RunDeletedEvent event) {
        cache.evict(event.runId());
    }

    private RunSummary requireRun(long runId) {
        return runs.find(runId).orElseThrow(() -> new InferenceRejectedException(
                "There is no run #" + runId + "."));
    }

    private DatasetDescriptor dataset(RunSummary run) {
        return prepared(run).descriptor();
    }

    private DatasetSplit heldOut(RunSummary run) {
        return prepared(run).part(DatasetPart.TEST).orElseThrow();
    }

    private PreparedDataset prepared(RunSummary run) {
        return models.datasetOf(run).orElseThrow(() -> new InferenceRejectedException("The dataset of run #"
                + run.id() + " is no longer available, so inputs cannot be prepared the way its training data were."));
    }

    static String firstLine(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
    }

    private static List<String> suggestions(TextEncoder encoder) {
        return encoder.vocabulary().tokens().stream()
                .filter(t -> !t.equals(TextEncoder.PAD) && !t.equals(TextEncoder.UNKNOWN))
                .limit(SUGGESTED_WORDS).toList();
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
            TargetScale scale = model.targetScale();
            if (scale == null || scale.std().size() != values.size()) {
                return new Prediction(runId, TaskKind.REGRESSION, List.of(), null, values, values, null);
            }
            List<Double> original = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                original.add(scale.toOriginal(i, values.get(i)));
            }
            return new Prediction(runId, TaskKind.REGRESSION, List.of(), null, values, original, scale.unit());
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
        return new Prediction(runId, TaskKind.CLASSIFICATION, classes, classes.get(best).className(), values, values,
                null);
    }
}

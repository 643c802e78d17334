package dev.deepcanvas.backend.dataset;

import dev.deepcanvas.backend.dataset.parsing.TextEncoder;
import java.util.List;

/**
 * Everything the editor, the dataset picker and the training checks need to know about a dataset without loading
 * its arrays: what it asks a model to do, what it feeds in and expects out, how big each split is and where the
 * data came from.
 *
 * @param task         what a model trained on it predicts
 * @param inputs       the arrays fed to the graph's input nodes, in order
 * @param outputs      the label arrays the graph's output nodes are scored against, in order
 * @param classNames   the meaning of each output column for classification; empty otherwise
 * @param featureNames the meaning of each input column for tabular data; empty otherwise
 * @param targetScale  for regression, how targets were standardised; null otherwise
 * @param featureScale for tabular data, how the feature columns were rescaled; null otherwise, and null until the
 *                     data are loaded (the statistics come from the training rows)
 * @param counts       samples per split
 * @param synthetic    whether DeepCanvas generated the data (shown as "synthetic" in the UI)
 * @param description  one paragraph: what the data is and how it was made (for synthetic data, the rule)
 * @param source       where real data comes from and its licence; for synthetic data the generator and its seed
 * @param attributes   what else every sample is described by besides its class (the shapes' colour), in the order
 *                     of {@link DatasetSplit#attributes()}; empty for most datasets
 */
public record DatasetDescriptor(String id, String title, DatasetTask task, List<TensorSpec> inputs,
                                List<TensorSpec> outputs, List<String> classNames, List<String> featureNames,
                                TargetScale targetScale, FeatureScale featureScale, SplitCounts counts, boolean synthetic, String description,
                                String source, List<DatasetAttribute> attributes) {

    public DatasetDescriptor {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        classNames = List.copyOf(classNames);
        featureNames = List.copyOf(featureNames);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        if (inputs.isEmpty() || outputs.isEmpty()) {
            throw new IllegalArgumentException("a dataset needs at least one input and one output");
        }
    }

    /** A dataset whose samples have no attributes besides their class. */
    public DatasetDescriptor(String id, String title, DatasetTask task, List<TensorSpec> inputs,
                             List<TensorSpec> outputs, List<String> classNames, List<String> featureNames,
                             TargetScale targetScale, FeatureScale featureScale, SplitCounts counts, boolean synthetic,
                             String description, String source) {
        this(id, title, task, inputs, outputs, classNames, featureNames, targetScale, featureScale, counts, synthetic,
                description, source, List.of());
    }

    public TensorSpec input() {
        return inputs.get(0);
    }

    public TensorSpec output() {
        return outputs.get(0);
    }

    public int classCount() {
        return classNames.size();
    }

    /** The same description with the split sizes a loader actually produced. */
    public DatasetDescriptor withCounts(SplitCounts actual) {
        return new DatasetDescriptor(id, title, task, inputs, outputs, classNames, featureNames, targetScale,
                featureScale, actual, synthetic, description, source, attributes);
    }

    /** The same description under another id (an upload gets its id when it is stored). */
    public DatasetDescriptor withId(String newId) {
        return new DatasetDescriptor(newId, title, task, inputs, outputs, classNames, featureNames, targetScale,
                featureScale, counts, synthetic, description, source, attributes);
    }

    public DatasetDescriptor withTargetScale(TargetScale scale) {
        return new DatasetDescriptor(id, title, task, inputs, outputs, classNames, featureNames, scale,
                featureScale, counts, synthetic, description, source, attributes);
    }

    public DatasetDescriptor withFeatureScale(FeatureScale scale) {
        return new DatasetDescriptor(id, title, task, inputs, outputs, classNames, featureNames, targetScale, scale,
                counts, synthetic, description, source, attributes);
    }

    /** Whether an autoencoder can learn from it: it feeds one picture per sample ({@link #asReconstruction}). */
    public boolean hasOnePictureInput() {
        return inputs.size() == 1 && input().shape().isImage();
    }

    /**
     * The same pictures as an autoencoder sees them: each picture is its own target, so the one output is the
     * input again and there are no classes.
     *
     * @throws IllegalStateException when the dataset does not feed exactly one picture per sample
     */
    public DatasetDescriptor asReconstruction() {
        if (!hasOnePictureInput()) {
            throw new IllegalStateException("dataset " + id + " does not feed one picture per sample");
        }
        TensorSpec same = TensorSpec.of("the same picture", input().shape());
        return new DatasetDescriptor(id, title, DatasetTask.RECONSTRUCTION, inputs, List.of(same), List.of(),
                List.of(), null, featureScale, counts, synthetic, description, source, List.of());
    }

    /** How to turn typed text into this dataset's word ids, for datasets of texts; empty otherwise. */
    public java.util.Optional<TextEncoder> textEncoder() {
        return TextEncoder.of(input());
    }
}

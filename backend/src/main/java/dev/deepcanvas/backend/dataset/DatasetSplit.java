package dev.deepcanvas.backend.dataset;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.MultiDataSet;

import java.util.List;

/**
 * The arrays of one part of a dataset, one per declared input and output, plus the human-readable text of each
 * sample where there is one (a sentence, a caption, "four hundred and two → 402"), for showing predictions beside
 * their reference.
 *
 * @param attributes one one-hot array per attribute of the dataset ({@link DatasetDescriptor#attributes()}), a row
 *                   per sample; empty for a dataset without attributes. They are never fed to an ordinary network:
 *                   only a GAN told the attributes reads them, as part of what it is asked to draw.
 */
public record DatasetSplit(List<INDArray> features, List<INDArray> labels, List<String> texts,
                           List<INDArray> attributes) {

    public DatasetSplit {
        features = List.copyOf(features);
        labels = List.copyOf(labels);
        texts = List.copyOf(texts);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        long n = features.get(0).size(0);
        for (INDArray array : features) {
            requireRows(array, n);
        }
        for (INDArray array : labels) {
            requireRows(array, n);
        }
        for (INDArray array : attributes) {
            requireRows(array, n);
        }
        if (!texts.isEmpty() && texts.size() != n) {
            throw new IllegalArgumentException("texts must be given for every sample or for none");
        }
    }

    /** A split whose samples have no attributes. */
    public DatasetSplit(List<INDArray> features, List<INDArray> labels, List<String> texts) {
        this(features, labels, texts, List.of());
    }

    public static DatasetSplit of(INDArray features, INDArray labels) {
        return new DatasetSplit(List.of(features), List.of(labels), List.of());
    }

    public static DatasetSplit of(INDArray features, INDArray labels, List<String> texts) {
        return new DatasetSplit(List.of(features), List.of(labels), texts);
    }

    public int size() {
        return (int) features.get(0).size(0);
    }

    /**
     * A DL4J DataSet over the same arrays (not a copy) for graphs with one input and one output.
     *
     * @throws IllegalStateException for a dataset with several inputs or outputs: use {@link #asMultiDataSet()}
     */
    public DataSet asDataSet() {
        if (features.size() != 1 || labels.size() != 1) {
            throw new IllegalStateException("This dataset feeds " + features.size() + " inputs and "
                    + labels.size() + " outputs; read it as a MultiDataSet.");
        }
        return new DataSet(features.get(0), labels.get(0));
    }

    /** A DL4J MultiDataSet over the same arrays, for graphs with any number of inputs and outputs. */
    public MultiDataSet asMultiDataSet() {
        return new MultiDataSet(features.toArray(INDArray[]::new), labels.toArray(INDArray[]::new));
    }

    private static void requireRows(INDArray array, long n) {
        if (array.size(0) != n) {
            throw new IllegalArgumentException("every array of a split needs " + n + " rows, one has "
                    + array.size(0));
        }
    }
}

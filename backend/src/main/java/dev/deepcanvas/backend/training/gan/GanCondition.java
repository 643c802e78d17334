package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.backend.dataset.DatasetAttribute;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.layers.ClassInputLayerType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a conditional GAN's generator is told to draw, one row per sample: the class one-hot and, where its
 * ClassInput includes them, one one-hot per attribute of the dataset after it ("circle" then "red"). The class
 * always comes first, so that the class asked for is the largest of the first {@code classNames.size()} numbers
 * whatever follows.
 *
 * @param classNames the dataset's classes; empty for an ordinary GAN
 * @param attributes the dataset's attributes the generator is also told; empty for a condition of the class only
 */
public record GanCondition(List<String> classNames, List<DatasetAttribute> attributes) {

    /** An ordinary GAN's: nothing to draw but what the noise makes. */
    public static final GanCondition NONE = new GanCondition(List.of(), List.of());

    public GanCondition {
        classNames = List.copyOf(classNames);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        if (classNames.isEmpty() && !attributes.isEmpty()) {
            throw new IllegalArgumentException("a condition with attributes needs classes");
        }
    }

    /** The condition of a GAN on {@code graph} trained on {@code data}; the two are assumed to fit (GanDatasetFit). */
    public static GanCondition of(GraphDocument graph, GanBlocks blocks, DatasetDescriptor data) {
        if (!blocks.conditional()) {
            return NONE;
        }
        return new GanCondition(data.classNames(), includesAttributes(graph, blocks) ? data.attributes() : List.of());
    }

    /** Whether the generator's ClassInput asks for the dataset's attributes besides the class. */
    static boolean includesAttributes(GraphDocument graph, GanBlocks blocks) {
        return blocks.conditional() && graph.node(blocks.generatorClassInput())
                .map(n -> ClassInputLayerType.includesAttributes(n.params())).orElse(false);
    }

    public boolean conditional() {
        return !classNames.isEmpty();
    }

    /** How many numbers a row has: the classes plus every attribute's values. */
    public int width() {
        return classNames.size() + attributes.stream().mapToInt(a -> a.values().size()).sum();
    }

    /**
     * The rows of a split's real pictures: each picture's own class and attributes. For a condition of the class
     * alone, the split's class array itself.
     */
    public INDArray ofSplit(DatasetSplit split) {
        INDArray classes = split.labels().get(0);
        if (attributes.isEmpty()) {
            return classes;
        }
        if (split.attributes().size() != attributes.size()) {
            throw new IllegalArgumentException("the split has " + split.attributes().size()
                    + " attribute arrays, the condition " + attributes.size());
        }
        List<INDArray> parts = new ArrayList<>();
        parts.add(classes);
        parts.addAll(split.attributes());
        DataType type = classes.dataType();
        return Nd4j.concat(1, parts.stream().map(p -> p.castTo(type)).toArray(INDArray[]::new));
    }

    /**
     * Rows drawn uniformly at random, each part independently: what the generator is asked to draw while it learns.
     * A condition of the class alone draws exactly the numbers it drew before attributes existed (one per row), so
     * that such GANs train as they did.
     */
    public INDArray random(DataType type, int n, Random random) {
        INDArray rows = Nd4j.zeros(type, n, width());
        for (int i = 0; i < n; i++) {
            rows.putScalar(i, random.nextInt(classNames.size()), 1.0);
            int offset = classNames.size();
            for (DatasetAttribute attribute : attributes) {
                rows.putScalar(i, offset + random.nextInt(attribute.values().size()), 1.0);
                offset += attribute.values().size();
            }
        }
        return rows;
    }

    /**
     * Rows going round every combination: the class changes fastest (0, 1, …, 0, 1, …), so in a 10-column grid
     * each column is one class whenever the class count divides 10; the first attribute turns once per round of the
     * classes, the next once per round of the first, and so on. Over a multiple of all combinations every
     * combination is asked for equally often.
     */
    public INDArray inTurn(DataType type, int n) {
        INDArray rows = Nd4j.zeros(type, n, width());
        for (int i = 0; i < n; i++) {
            rows.putScalar(i, i % classNames.size(), 1.0);
            int offset = classNames.size();
            int period = classNames.size();
            for (DatasetAttribute attribute : attributes) {
                int values = attribute.values().size();
                rows.putScalar(i, offset + (i / period) % values, 1.0);
                offset += values;
                period *= values;
            }
        }
        return rows;
    }

    /**
     * {@code n} rows all asking for one class and one value of every attribute.
     *
     * @param values the index of the value of each attribute, in the order of {@link #attributes}
     */
    public INDArray fixed(DataType type, int n, int classIndex, List<Integer> values) {
        if (values.size() != attributes.size()) {
            throw new IllegalArgumentException("expected " + attributes.size() + " attribute values, got "
                    + values.size());
        }
        INDArray rows = Nd4j.zeros(type, n, width());
        for (int i = 0; i < n; i++) {
            rows.putScalar(i, classIndex, 1.0);
            int offset = classNames.size();
            for (int a = 0; a < attributes.size(); a++) {
                rows.putScalar(i, offset + values.get(a), 1.0);
                offset += attributes.get(a).values().size();
            }
        }
        return rows;
    }

    /** The class each row asks for: the largest of its class part. */
    public static int[] askedClasses(INDArray rows, int classes) {
        return rows.get(NDArrayIndex.all(), NDArrayIndex.interval(0, classes)).argMax(1).toIntVector();
    }

    /** "circle", or "red circle" where the condition includes attributes: what a row asks for, in words. */
    public String describe(int classIndex, List<Integer> values) {
        List<String> words = new ArrayList<>();
        for (int a = 0; a < attributes.size(); a++) {
            words.add(attributes.get(a).values().get(values.get(a)));
        }
        words.add(classNames.get(classIndex));
        return String.join(" ", words);
    }
}

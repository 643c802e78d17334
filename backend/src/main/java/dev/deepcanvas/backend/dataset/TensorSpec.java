package dev.deepcanvas.backend.dataset;

import dev.deepcanvas.backend.dataset.parsing.Vocabulary;
import dev.deepcanvas.graph.analysis.Shape;

/**
 * One input or output a dataset provides, in the compiler's shape vocabulary (the batch dimension is never part of
 * it), so the editor can set a graph's input and output nodes from it and compare them before training.
 *
 * @param name       what the array holds, for messages: "pixels", "species", "next character"
 * @param shape      per sample: a vector, an image H×W×C, a sequence T×F or token ids (length, vocabulary)
 * @param vocabulary the tokens behind ids or one-hot columns, for text; null otherwise
 */
public record TensorSpec(String name, Shape shape, Vocabulary vocabulary) {

    public static TensorSpec of(String name, Shape shape) {
        return new TensorSpec(name, shape, null);
    }

    public static TensorSpec text(String name, Shape shape, Vocabulary vocabulary) {
        return new TensorSpec(name, shape, vocabulary);
    }

    /**
     * The DL4J array shape of a batch of {@code n} samples: [n, size] for vectors, [n, C, H, W] for images (NCHW),
     * [n, F, T] for sequences and [n, 1, T] for token ids (what DL4J's embedding-sequence layer reads).
     */
    public long[] arrayShape(long n) {
        return switch (shape.kind()) {
            case VECTOR -> new long[]{n, shape.size()};
            case IMAGE -> new long[]{n, shape.channels(), shape.height(), shape.width()};
            case SEQUENCE -> new long[]{n, shape.features(), shape.timeSteps()};
            case TOKENS -> new long[]{n, 1, shape.timeSteps()};
        };
    }
}

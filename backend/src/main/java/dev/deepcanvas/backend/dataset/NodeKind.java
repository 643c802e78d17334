package dev.deepcanvas.backend.dataset;

import dev.deepcanvas.graph.analysis.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * The graph node that receives (or predicts) an array of a given shape, and the parameters that set its size, so a
 * mismatch can be phrased as the parameters to change.
 */
enum NodeKind {
    VECTOR_INPUT("Input", List.of("size")),
    IMAGE_INPUT("ImageInput", List.of("height", "width", "channels")),
    SEQUENCE_INPUT("SequenceInput", List.of("length", "features")),
    TOKEN_INPUT("TokenInput", List.of("length", "vocabulary")),
    VECTOR_OUTPUT("Output", List.of("units")),
    SEQUENCE_OUTPUT("RnnOutput", List.of("units")),
    /** It has no size of its own: it takes the picture the layers before it make. */
    IMAGE_OUTPUT("ImageOutput", List.of());

    private final String type;
    private final List<String> params;

    NodeKind(String type, List<String> params) {
        this.type = type;
        this.params = params;
    }

    static NodeKind forShape(Shape shape, boolean input) {
        if (!input) {
            return shape.isSequence() ? SEQUENCE_OUTPUT : shape.isImage() ? IMAGE_OUTPUT : VECTOR_OUTPUT;
        }
        return switch (shape.kind()) {
            case VECTOR -> VECTOR_INPUT;
            case IMAGE -> IMAGE_INPUT;
            case SEQUENCE -> SEQUENCE_INPUT;
            case TOKENS -> TOKEN_INPUT;
        };
    }

    String type() {
        return type;
    }

    List<String> params() {
        return params;
    }

    /** The values of {@link #params()} that give a node this shape. */
    long[] paramValues(Shape shape) {
        return switch (this) {
            case VECTOR_INPUT -> new long[]{shape.size()};
            case IMAGE_INPUT -> new long[]{shape.height(), shape.width(), shape.channels()};
            case SEQUENCE_INPUT -> new long[]{shape.timeSteps(), shape.features()};
            case TOKEN_INPUT -> new long[]{shape.timeSteps(), shape.vocabulary()};
            case VECTOR_OUTPUT -> new long[]{shape.size()};
            case SEQUENCE_OUTPUT -> new long[]{shape.features()};
            case IMAGE_OUTPUT -> new long[0];
        };
    }

    /** "an ImageInput node with height 28, width 28 and channels 1". */
    String describe(Shape shape) {
        long[] values = paramValues(shape);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            parts.add(params.get(i) + " " + values[i]);
        }
        String article = "AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ";
        if (parts.isEmpty()) {
            return article + type + " node after layers that make a picture of " + shape;
        }
        return article + type + " node with " + String.join(" and ", parts);
    }
}

package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.analysis.Shape;

/**
 * The common "wrong kind of input" checks, each with a message that tells the learner what to add. They return null
 * when the shape is acceptable, so rules read {@code ShapeResult bad = ShapeChecks.image(...); if (bad != null) ...}.
 */
public final class ShapeChecks {

    private ShapeChecks() {
    }

    public static ShapeResult vector(String type, Shape in) {
        if (in.isVector()) {
            return null;
        }
        return mismatch(type + " needs a vector but gets " + in.describe() + ". " + switch (in.kind()) {
            case IMAGE -> "Add a Flatten or a GlobalAvgPool before it.";
            case SEQUENCE -> "Add a LastTimeStep (or set returnSequences=false on the recurrent layer) before it.";
            case TOKENS -> "Add an Embedding first to turn token ids into vectors.";
            default -> "";
        });
    }

    /** Vector or image (images are flattened by DL4J automatically). */
    public static ShapeResult vectorOrImage(String type, Shape in) {
        if (in.isVector() || in.isImage()) {
            return null;
        }
        return vector(type, in);
    }

    public static ShapeResult image(String type, Shape in) {
        if (in.isImage()) {
            return null;
        }
        return mismatch(type + " needs an image (height×width×channels) but gets " + in.describe() + ". "
                + switch (in.kind()) {
                    case VECTOR -> "Start from an ImageInput, or add a Reshape (e.g. to 28×28×1) before it.";
                    case SEQUENCE -> "For sequences use the 1D version (Conv1D, MaxPool1D, ...).";
                    case TOKENS -> "Token ids are not an image: add an EmbeddingSequence and use Conv1D.";
                    default -> "";
                });
    }

    public static ShapeResult sequence(String type, Shape in) {
        if (in.isSequence()) {
            return null;
        }
        return mismatch(type + " needs a sequence (time steps × features) but gets " + in.describe() + ". "
                + switch (in.kind()) {
                    case VECTOR -> "Start from a SequenceInput, or turn the vector into a sequence with RepeatVector "
                            + "or DuplicateToSequence.";
                    case IMAGE -> "Encode the image into a vector first (GlobalAvgPool or Flatten, then Dense), "
                            + "then repeat it over time with RepeatVector.";
                    case TOKENS -> "Add an EmbeddingSequence first to turn token ids into vectors.";
                    default -> "";
                });
    }

    public static ShapeResult tokens(String type, Shape in) {
        if (in.isTokens()) {
            return null;
        }
        return mismatch(type + " reads token ids from a TokenInput but gets " + in.describe()
                + ". Connect it directly to a TokenInput.");
    }

    /** Anything but token ids (which need an embedding before any arithmetic). */
    public static ShapeResult notTokens(String type, Shape in) {
        if (!in.isTokens()) {
            return null;
        }
        return mismatch(type + " gets token ids. Add an Embedding/EmbeddingSequence first to turn ids into vectors.");
    }

    public static ShapeResult mismatch(String message) {
        return ShapeResult.fail(ProblemCode.SHAPE_MISMATCH, message);
    }
}

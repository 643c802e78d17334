package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

import java.util.List;

/**
 * One-to-many: copies a vector (port 0) to every time step of a reference sequence (port 1), e.g. an image encoding
 * fed to a caption decoder. DL4J's DuplicateToTimeSeriesVertex reads the length from a network input, so the
 * reference must come (directly or through layers that keep its length) from a sequence input.
 */
public final class DuplicateToSequenceLayerType extends AbstractLayerType {

    public DuplicateToSequenceLayerType() {
        super("DuplicateToSequence", Category.MERGE, Arity.exactly(2),
                "Copies a vector (port 0) to every step of a sequence as long as the one on port 1 (one-to-many).");
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape vector = ctx.input(0);
        ShapeResult bad = ShapeChecks.vector(type() + " input 0", vector);
        if (bad != null) {
            return bad;
        }
        Shape reference = ctx.input(1);
        if (!reference.isSequence() && !reference.isTokens()) {
            return ShapeChecks.mismatch("DuplicateToSequence takes its length from the sequence on port 1, but port 1 "
                    + "gets " + reference.describe() + ". Connect a SequenceInput or TokenInput (or a layer fed by "
                    + "one) to port 1.");
        }
        long length = reference.timeSteps();
        List<Shape> sources = ctx.networkInputs().size() > 1 ? ctx.networkInputs().get(1) : List.of();
        boolean fromInput = sources.stream().anyMatch(s -> hasTimeAxis(s) && s.timeSteps() == length);
        if (!fromInput && sources.stream().anyMatch(s -> s.isTokens() && s.timeSteps() == length)) {
            return ShapeChecks.mismatch("DuplicateToSequence takes its length from the network input on port 1, but "
                    + "that is a single token (a TokenInput of length 1 is one id per sample, with no time axis). "
                    + "Use a TokenInput of length 2 or more, or a SequenceInput, for the length.");
        }
        if (!fromInput) {
            return ShapeChecks.mismatch("DuplicateToSequence needs port 1 to come from a sequence input of length "
                    + length + " (DL4J reads the length from the network input). Connect the SequenceInput or "
                    + "TokenInput itself, or a layer that keeps its length, to port 1.");
        }
        return ShapeResult.ok(Shape.sequence(length, vector.size()));
    }

    /**
     * Whether DL4J holds this network input with a time axis: a sequence does, and token ids do unless there is a
     * single one per sample, which DL4J takes as [batch, 1].
     */
    public static boolean hasTimeAxis(Shape input) {
        return input.isSequence() || (input.isTokens() && input.timeSteps() > 1);
    }

    @Override
    public List<String> portLabels() {
        return List.of("vector to repeat", "sequence giving the length");
    }

    /** Only port 0 carries data into DL4J; port 1 just names the reference sequence. */
    @Override
    public List<Integer> dataPorts(int connected) {
        return List.of(0);
    }
}

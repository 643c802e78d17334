package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

/** A lookup table applied to every id of a token sequence: ids in, a sequence of vectors out. */
public final class EmbeddingSequenceLayerType extends AbstractLayerType {

    public EmbeddingSequenceLayerType() {
        super("EmbeddingSequence", Category.RECURRENT, Arity.ONE,
                "Turns each word/character id of a sequence into a learned vector, ready for LSTM or Conv1D.",
                ParamSpec.intParam("units", 32, 1, 100_000, "Length of each learned vector"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.tokens(type(), in);
        if (bad != null) {
            return bad;
        }
        if (in.timeSteps() < 2) {
            return ShapeChecks.mismatch("EmbeddingSequence reads a sequence of ids but gets a single id. "
                    + "Use Embedding for one id, or make the TokenInput longer.");
        }
        long units = ctx.params().getInt("units");
        return ShapeResult.ok(Shape.sequence(in.timeSteps(), units), Sizes.mul(in.vocabulary(), units),
                Sizes.mul(in.timeSteps(), units));
    }
}

package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

/** A lookup table from one token id to a learned vector. */
public final class EmbeddingLayerType extends AbstractLayerType {

    public EmbeddingLayerType() {
        super("Embedding", Category.RECURRENT, Arity.ONE,
                "Turns a single id (a word, a category) into a learned vector; same as a one-hot Dense, but cheap.",
                ParamSpec.intParam("units", 16, 1, 100_000, "Length of each learned vector"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.tokens(type(), in);
        if (bad != null) {
            return bad;
        }
        if (in.timeSteps() != 1) {
            return ShapeChecks.mismatch("Embedding reads one id but gets " + in.describe()
                    + ". Use EmbeddingSequence for a sequence of ids, or set the TokenInput length to 1.");
        }
        long units = ctx.params().getInt("units");
        return ShapeResult.ok(Shape.vector(units), Sizes.mul(in.vocabulary(), units), units);
    }
}

package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.analysis.Shape;

/** Turns an image or a sequence into one long vector. */
public final class FlattenLayerType extends AbstractLayerType {

    public FlattenLayerType() {
        super("Flatten", Category.CORE, Arity.ONE,
                "Lays all values of an image (H×W×C) or sequence (T×F) out as one long vector for Dense layers.");
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        if (in.isVector()) {
            return ShapeResult.fail(ProblemCode.SHAPE_MISMATCH, "Flatten gets " + in.describe()
                    + ", which is already flat. Delete the Flatten node.");
        }
        ShapeResult bad = ShapeChecks.notTokens(type(), in);
        if (bad != null) {
            return bad;
        }
        if (in.elementCount() > Integer.MAX_VALUE) {
            return ShapeResult.fail(ProblemCode.TOO_LARGE, "Flatten would make a vector of " + in.elementCount()
                    + " values. Pool or downsample before it.");
        }
        return ShapeResult.ok(Shape.vector(in.elementCount()));
    }
}

package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.analysis.Shape;

/** Keeps a contiguous range of the last axis (units, channels or features). */
public final class SubsetLayerType extends AbstractLayerType {

    public SubsetLayerType() {
        super("Subset", Category.MERGE, Arity.ONE,
                "Keeps positions from..to (inclusive) of a vector, or of each step's features in a sequence.",
                ParamSpec.intParam("from", 0, 0, Integer.MAX_VALUE, "First position kept (counting from 0)"),
                ParamSpec.intParam("to", 0, 0, Integer.MAX_VALUE, "Last position kept (inclusive)"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.notTokens(type(), in);
        if (bad != null) {
            return bad;
        }
        if (in.isImage()) {
            // DL4J 1.0.0-M2.1's SubsetVertex mis-computes the type of an image subset.
            return ShapeChecks.mismatch("Subset works on vectors and sequences; for some channels of an image use a "
                    + "1×1 Conv2D, or Flatten first.");
        }
        int from = ctx.params().getInt("from");
        int to = ctx.params().getInt("to");
        if (from > to || to >= in.depth()) {
            return ShapeResult.fail(ProblemCode.BAD_PARAM, "Subset " + from + ".." + to + " does not fit "
                    + in.describe() + ": use 0 ≤ from ≤ to ≤ " + (in.depth() - 1) + ".");
        }
        long n = to - from + 1L;
        Shape out = switch (in.kind()) {
            case IMAGE -> Shape.image(in.height(), in.width(), n);
            case SEQUENCE -> Shape.sequence(in.timeSteps(), n);
            default -> Shape.vector(n);
        };
        return ShapeResult.ok(out);
    }
}

package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.analysis.Shape;

import java.util.List;

/** Re-arranges the values into another shape with the same number of values. */
public final class ReshapeLayerType extends AbstractLayerType {

    public ReshapeLayerType() {
        super("Reshape", Category.CORE, Arity.ONE,
                "Re-arranges the same values into a new shape: [n] vector, [T, F] sequence or [H, W, C] image.",
                ParamSpec.intListParam("shape", List.of(28, 28, 1), 1, Integer.MAX_VALUE,
                        "Target shape: [n], [time steps, features] or [height, width, channels]"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.notTokens(type(), in);
        if (bad != null) {
            return bad;
        }
        List<Integer> target = ctx.params().getIntList("shape");
        Shape out = switch (target.size()) {
            case 1 -> Shape.vector(target.get(0));
            case 2 -> Shape.sequence(target.get(0), target.get(1));
            case 3 -> Shape.image(target.get(0), target.get(1), target.get(2));
            default -> null;
        };
        if (out == null) {
            return ShapeResult.fail(ProblemCode.BAD_PARAM, "Reshape \"shape\" must have 1, 2 or 3 numbers "
                    + "([n], [T, F] or [H, W, C]), not " + target.size() + ".");
        }
        if (out.elementCount() != in.elementCount()) {
            return ShapeResult.fail(ProblemCode.SHAPE_MISMATCH, "Reshape cannot turn " + in.describe() + " ("
                    + in.elementCount() + " values) into " + out + " (" + out.elementCount() + " values). "
                    + "Choose a shape whose numbers multiply to " + in.elementCount() + ".");
        }
        return ShapeResult.ok(out, 0, 0);
    }
}

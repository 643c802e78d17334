package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

/** Joins inputs along the last axis: units, channels or features. */
public final class ConcatenateLayerType extends AbstractLayerType {

    public ConcatenateLayerType() {
        super("Concatenate", Category.MERGE, Arity.TWO_OR_MORE,
                "Joins its inputs side by side: vectors end to end, images channel-wise, sequences feature-wise.");
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape first = ctx.input(0);
        ShapeResult bad = ShapeChecks.notTokens(type(), first);
        if (bad != null) {
            return bad;
        }
        long depth = 0;
        for (int port = 0; port < ctx.inputs().size(); port++) {
            Shape s = ctx.input(port);
            boolean fits = s.kind() == first.kind() && switch (s.kind()) {
                case IMAGE -> s.height() == first.height() && s.width() == first.width();
                case SEQUENCE -> s.timeSteps() == first.timeSteps();
                default -> true;
            };
            if (!fits) {
                return ShapeChecks.mismatch("Concatenate joins along the last axis, so all other sizes must match: "
                        + "input 0 is " + first.describe() + " but input " + port + " is " + s.describe() + ". "
                        + (s.kind() == first.kind() ? "Resize one of them (pooling, padding or cropping)."
                        : "Flatten or pool the non-vector input first."));
            }
            depth = Sizes.add(depth, s.depth());
        }
        Shape out = switch (first.kind()) {
            case IMAGE -> Shape.image(first.height(), first.width(), depth);
            case SEQUENCE -> Shape.sequence(first.timeSteps(), depth);
            default -> Shape.vector(depth);
        };
        return ShapeResult.ok(out);
    }
}

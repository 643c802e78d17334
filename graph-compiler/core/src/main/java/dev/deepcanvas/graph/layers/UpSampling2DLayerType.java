package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

import java.util.List;

/** Repeats every pixel to enlarge the image (used by generators and decoders). */
public final class UpSampling2DLayerType extends AbstractLayerType {

    public UpSampling2DLayerType() {
        super("UpSampling2D", Category.CONVOLUTION, Arity.ONE,
                "Enlarges the image by repeating each pixel, e.g. 2×2 doubles height and width.",
                ParamSpec.intListParam("size", List.of(2, 2), 1, 1_000, "Repeat factor [down, across]"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.image(type(), in);
        if (bad == null) {
            bad = Padding.checkPair(type(), "size", ctx.params().getIntList("size"));
        }
        if (bad != null) {
            return bad;
        }
        int[] f = Padding.pair(ctx.params().getIntList("size"));
        return ShapeResult.ok(Shape.image(Sizes.mul(in.height(), f[0]), Sizes.mul(in.width(), f[1]), in.channels()));
    }
}

package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.analysis.Shape;

import java.util.List;

/** Cuts rows and columns off the image's borders. */
public final class Cropping2DLayerType extends AbstractLayerType {

    public Cropping2DLayerType() {
        super("Cropping2D", Category.CONVOLUTION, Arity.ONE,
                "Cuts rows and columns off the borders of the image.",
                ParamSpec.intListParam("cropping", List.of(1), 0, 100_000,
                        "Pixels to cut: [all sides], [vertical, horizontal] or [top, bottom, left, right]"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.image(type(), in);
        if (bad != null) {
            return bad;
        }
        int[] c = Borders.of(ctx.params().getIntList("cropping"));
        if (c == null) {
            return Borders.bad(type(), "cropping", ctx.params().getIntList("cropping").size());
        }
        long h = in.height() - c[0] - c[1];
        long w = in.width() - c[2] - c[3];
        if (h < 1 || w < 1) {
            return ShapeResult.fail(ProblemCode.KERNEL_TOO_LARGE, "Cropping2D would cut away the whole "
                    + in + " image (cropping " + ctx.params().getIntList("cropping") + "). Crop less.");
        }
        return ShapeResult.ok(Shape.image(h, w, in.channels()));
    }
}

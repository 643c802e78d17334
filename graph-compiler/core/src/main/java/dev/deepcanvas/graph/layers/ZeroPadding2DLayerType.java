package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

import java.util.List;

/** Adds a border of zeros around the image. */
public final class ZeroPadding2DLayerType extends AbstractLayerType {

    public ZeroPadding2DLayerType() {
        super("ZeroPadding2D", Category.CONVOLUTION, Arity.ONE,
                "Adds rows and columns of zeros around the image so that a following convolution keeps the edges.",
                ParamSpec.intListParam("padding", List.of(1), 0, 10_000,
                        "Zeros to add: [all sides], [vertical, horizontal] or [top, bottom, left, right]"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.image(type(), in);
        if (bad != null) {
            return bad;
        }
        int[] b = Borders.of(ctx.params().getIntList("padding"));
        if (b == null) {
            return Borders.bad(type(), "padding", ctx.params().getIntList("padding").size());
        }
        return ShapeResult.ok(Shape.image(Sizes.add(in.height(), b[0], b[1]), Sizes.add(in.width(), b[2], b[3]),
                in.channels()));
    }
}

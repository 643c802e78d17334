package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

import java.util.List;

/** A 2D convolution: filters slide over the image taking dot products, keeping spatial context. */
public final class Conv2DLayerType extends AbstractLayerType {

    public Conv2DLayerType() {
        super("Conv2D", Category.CONVOLUTION, Arity.ONE,
                "Slides small filters over the image; each output pixel is a dot product with a local patch.",
                ParamSpec.intParam("filters", 16, 1, 100_000, "Number of filters = output channels"),
                ParamSpec.intListParam("kernel", List.of(3, 3), 1, 100_000, "Filter size [height, width]"),
                ParamSpec.intListParam("stride", List.of(1, 1), 1, 100_000, "Step between positions [down, across]"),
                Padding.param(),
                Activations.param("relu"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = SlidingWindow2D.checkParams(type(), in, ctx.params(), "kernel");
        if (bad != null) {
            return bad;
        }
        SlidingWindow2D.Slide slide = SlidingWindow2D.slide(type(), in, ctx.params(), "kernel");
        if (slide.problem() != null) {
            return slide.problem();
        }
        int[] k = slide.window();
        long oh = slide.height();
        long ow = slide.width();
        long filters = ctx.params().getInt("filters");
        long perFilter = Sizes.mul(k[0], k[1], in.channels());
        long params = Sizes.add(Sizes.mul(perFilter, filters), filters);
        return ShapeResult.ok(Shape.image(oh, ow, filters), params, Sizes.mul(oh, ow, filters, perFilter));
    }
}

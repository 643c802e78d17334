package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

import java.util.List;

/** Shared rule of MaxPool2D and AvgPool2D: a window slides over each channel and keeps its max or mean. */
public abstract class Pool2DLayerType extends AbstractLayerType {

    protected Pool2DLayerType(String type, String summary) {
        super(type, Category.CONVOLUTION, Arity.ONE, summary,
                ParamSpec.intListParam("pool", List.of(2, 2), 1, 100_000, "Window size [height, width]"),
                ParamSpec.intListParam("stride", List.of(2, 2), 1, 100_000,
                        "Step between windows [down, across]; usually equal to the pool size"),
                Padding.param());
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = SlidingWindow2D.checkParams(type(), in, ctx.params(), "pool");
        if (bad != null) {
            return bad;
        }
        SlidingWindow2D.Slide slide = SlidingWindow2D.slide(type(), in, ctx.params(), "pool");
        if (slide.problem() != null) {
            return slide.problem();
        }
        int[] k = slide.window();
        long oh = slide.height();
        long ow = slide.width();
        // No weights; count one comparison/addition per window element as a multiply-add for the statistics.
        return ShapeResult.ok(Shape.image(oh, ow, in.channels()), 0, Sizes.mul(oh, ow, in.channels(),
                Sizes.mul(k[0], k[1])));
    }
}

package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

import java.util.List;

/** A depthwise convolution followed by a 1×1 (pointwise) convolution that mixes channels. */
public final class SeparableConv2DLayerType extends AbstractLayerType {

    public SeparableConv2DLayerType() {
        super("SeparableConv2D", Category.CONVOLUTION, Arity.ONE,
                "Filters each channel on its own, then mixes channels with 1×1 filters: a cheaper Conv2D.",
                ParamSpec.intParam("filters", 16, 1, 100_000, "Number of output channels"),
                ParamSpec.intListParam("kernel", List.of(3, 3), 1, 100_000, "Filter size [height, width]"),
                ParamSpec.intParam("depthMultiplier", 1, 1, 1_000, "Depthwise channels per input channel"),
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
        if (in.channels() == 1) {
            // With one channel a separable convolution is a plain convolution (and DL4J 1.0.0-M2.1's sconv2d
            // fails on single-channel input).
            return ShapeChecks.mismatch("SeparableConv2D separates the filtering of each channel from their mixing, "
                    + "but " + in + " has a single channel. Use Conv2D here.");
        }
        SlidingWindow2D.Slide slide = SlidingWindow2D.slide(type(), in, ctx.params(), "kernel");
        if (slide.problem() != null) {
            return slide.problem();
        }
        int[] k = slide.window();
        long oh = slide.height();
        long ow = slide.width();
        long filters = ctx.params().getInt("filters");
        long depthwise = Sizes.mul(in.channels(), ctx.params().getInt("depthMultiplier"));
        long kk = Sizes.mul(k[0], k[1]);
        long params = Sizes.add(Sizes.mul(kk, depthwise), Sizes.mul(depthwise, filters), filters);
        long macs = Sizes.add(Sizes.mul(oh, ow, depthwise, kk), Sizes.mul(oh, ow, depthwise, filters));
        return ShapeResult.ok(Shape.image(oh, ow, filters), params, macs);
    }
}

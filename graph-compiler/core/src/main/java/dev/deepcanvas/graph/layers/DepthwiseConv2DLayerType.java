package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

import java.util.List;

/** A convolution applied to each channel separately (no mixing between channels). */
public final class DepthwiseConv2DLayerType extends AbstractLayerType {

    public DepthwiseConv2DLayerType() {
        super("DepthwiseConv2D", Category.CONVOLUTION, Arity.ONE,
                "Filters each channel on its own (channels are not mixed): far fewer weights than Conv2D.",
                ParamSpec.intListParam("kernel", List.of(3, 3), 1, 100_000, "Filter size [height, width]"),
                ParamSpec.intParam("depthMultiplier", 1, 1, 1_000, "Output channels per input channel"),
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
            // With one channel a depthwise convolution is a plain convolution (and DL4J 1.0.0-M2.1's depthwise
            // gradient fails on single-channel input).
            return ShapeChecks.mismatch("DepthwiseConv2D filters each channel separately, but " + in
                    + " has a single channel. Use Conv2D here.");
        }
        SlidingWindow2D.Slide slide = SlidingWindow2D.slide(type(), in, ctx.params(), "kernel");
        if (slide.problem() != null) {
            return slide.problem();
        }
        int[] k = slide.window();
        long oh = slide.height();
        long ow = slide.width();
        long outChannels = Sizes.mul(in.channels(), ctx.params().getInt("depthMultiplier"));
        long kk = Sizes.mul(k[0], k[1]);
        return ShapeResult.ok(Shape.image(oh, ow, outChannels), Sizes.add(Sizes.mul(kk, outChannels), outChannels),
                Sizes.mul(oh, ow, outChannels, kk));
    }
}

package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

/** A 1D convolution over time: filters slide along the sequence. */
public final class Conv1DLayerType extends AbstractLayerType {

    public Conv1DLayerType() {
        super("Conv1D", Category.CONVOLUTION, Arity.ONE,
                "Slides filters along a sequence; each output step sees a window of neighbouring steps.",
                ParamSpec.intParam("filters", 16, 1, 100_000, "Number of filters = output features per step"),
                ParamSpec.intParam("kernel", 3, 1, 100_000, "Window length in time steps"),
                ParamSpec.intParam("stride", 1, 1, 100_000, "Step between windows"),
                Padding.param(),
                Activations.param("relu"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.sequence(type(), in);
        if (bad != null) {
            return bad;
        }
        int k = ctx.params().getInt("kernel");
        ShapeResult skip = Padding.checkSame(type(), k, ctx.params().getInt("stride"),
                ctx.params().getString("padding"), "time axis");
        if (skip != null) {
            return skip;
        }
        long t = Padding.outSize(in.timeSteps(), k, ctx.params().getInt("stride"), ctx.params().getString("padding"));
        if (t < 0) {
            return Padding.tooLarge(type(), "kernel", k, in.timeSteps(), "length");
        }
        long filters = ctx.params().getInt("filters");
        long perFilter = Sizes.mul(k, in.features());
        return ShapeResult.ok(Shape.sequence(t, filters), Sizes.add(Sizes.mul(perFilter, filters), filters),
                Sizes.mul(t, filters, perFilter));
    }
}

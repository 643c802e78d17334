package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

/** Shared rule of MaxPool1D and AvgPool1D: pooling windows along the time axis. */
public abstract class Pool1DLayerType extends AbstractLayerType {

    protected Pool1DLayerType(String type, String summary) {
        super(type, Category.CONVOLUTION, Arity.ONE, summary,
                ParamSpec.intParam("pool", 2, 1, 100_000, "Window length in time steps"),
                ParamSpec.intParam("stride", 2, 1, 100_000, "Step between windows; usually the pool size"),
                Padding.param());
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.sequence(type(), in);
        if (bad != null) {
            return bad;
        }
        int k = ctx.params().getInt("pool");
        ShapeResult skip = Padding.checkSame(type(), k, ctx.params().getInt("stride"),
                ctx.params().getString("padding"), "time axis");
        if (skip != null) {
            return skip;
        }
        long t = Padding.outSize(in.timeSteps(), k, ctx.params().getInt("stride"), ctx.params().getString("padding"));
        if (t < 0) {
            return Padding.tooLarge(type(), "pool", k, in.timeSteps(), "length");
        }
        return ShapeResult.ok(Shape.sequence(t, in.features()), 0, Sizes.mul(t, in.features(), k));
    }
}

package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

/** Multi-head dot-product self-attention: every step attends to every other step of the same sequence. */
public final class SelfAttentionLayerType extends AbstractLayerType {

    public SelfAttentionLayerType() {
        super("SelfAttention", Category.ATTENTION, Arity.ONE,
                "Each time step looks at all the others and mixes in what is relevant (multi-head attention).",
                ParamSpec.intParam("units", 32, 1, 100_000, "Output features per time step"),
                ParamSpec.intParam("heads", 2, 1, 1_000, "Number of attention heads"),
                ParamSpec.intParam("headSize", 16, 1, 100_000, "Size of each head's queries, keys and values"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.sequence(type(), in);
        if (bad != null) {
            return bad;
        }
        long units = ctx.params().getInt("units");
        long projected = Sizes.mul(ctx.params().getInt("heads"), ctx.params().getInt("headSize"));
        // Query, key and value projections of the input, then the output projection; no biases.
        long params = Sizes.add(Sizes.mul(3, projected, in.features()), Sizes.mul(projected, units));
        long t = in.timeSteps();
        long macs = Sizes.add(Sizes.mul(t, params), Sizes.mul(2, t, t, projected));
        // Each head's attention weights: every step against every step.
        return ShapeResult.ok(Shape.sequence(t, units), params, macs)
                .withWorkingValues(Sizes.mul(ctx.params().getInt("heads"), t, t));
    }
}

package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

/** A simple recurrent layer whose previous output queries attention over the whole input sequence. */
public final class RecurrentAttentionLayerType extends AbstractLayerType {

    /**
     * Longest sequence it takes: its time loop is unrolled ({@link UnrolledLoop}) and every step attends over the
     * whole sequence, so a step costs more than a GRU's.
     */
    public static final long MAX_STEPS = 200;

    public RecurrentAttentionLayerType() {
        super("RecurrentAttention", Category.ATTENTION, Arity.ONE,
                "A recurrent layer that, at each step, attends over the whole input using its previous output; "
                        + "sequences of 2 to " + MAX_STEPS + " steps.",
                ParamSpec.intParam("units", 32, 1, 100_000, "Hidden state size / output features per step"),
                ParamSpec.intParam("heads", 1, 1, 1_000, "Number of attention heads"),
                ParamSpec.intParam("headSize", 16, 1, 100_000, "Size of each head's queries, keys and values"),
                ParamSpec.enumParam("activation", "tanh", Activations.SAMEDIFF,
                        "The non-linearity of the recurrent state"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.sequence(type(), in);
        if (bad != null) {
            return bad;
        }
        if (in.timeSteps() < 2) {
            return ShapeChecks.mismatch("RecurrentAttention needs a sequence of at least 2 time steps but gets "
                    + in.describe() + ". Over one step there is nothing to attend to: use Dense, or a longer sequence.");
        }
        ShapeResult tooLong = UnrolledLoop.check(type(), ctx.nodeId(), in, MAX_STEPS);
        if (tooLong != null) {
            return tooLong;
        }
        long units = ctx.params().getInt("units");
        long f = in.features();
        long projected = Sizes.mul(ctx.params().getInt("heads"), ctx.params().getInt("headSize"));
        // Input weights W (f×u), recurrent weights R (u×u), bias b (u); attention: queries from the previous
        // output (u), keys and values from the input (f), output projection back to u.
        long recurrent = Sizes.add(Sizes.mul(f, units), Sizes.mul(units, units), units);
        long attention = Sizes.add(Sizes.mul(projected, units), Sizes.mul(2, projected, f),
                Sizes.mul(projected, units));
        long params = Sizes.add(recurrent, attention);
        long t = in.timeSteps();
        long macs = Sizes.mul(t, Sizes.add(params, Sizes.mul(2, t, projected)));
        // Every step attends over the whole input (weights per head and step) and the steps run one after another.
        return ShapeResult.ok(Shape.sequence(t, units), params, macs)
                .withWorkingValues(Sizes.add(Sizes.mul(ctx.params().getInt("heads"), t, t), Sizes.mul(t, units)))
                .withSequentialSteps(t);
    }
}

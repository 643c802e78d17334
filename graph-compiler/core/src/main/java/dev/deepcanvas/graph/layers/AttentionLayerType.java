package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

/**
 * Dot-product attention between sequences: port 0 queries, port 1 keys, optional port 2 values (the keys otherwise).
 * The encoder–decoder attention of a translation model.
 */
public final class AttentionLayerType extends AbstractLayerType {

    public AttentionLayerType() {
        super("Attention", Category.ATTENTION, new Arity(2, 3),
                "For each query step, looks up the most relevant key steps and mixes their values "
                        + "(port 0 queries, 1 keys, 2 values).",
                ParamSpec.intParam("units", 32, 1, 100_000, "Output features per query step"),
                ParamSpec.intParam("heads", 1, 1, 1_000, "Number of attention heads"),
                ParamSpec.intParam("headSize", 16, 1, 100_000, "Size of each head's queries, keys and values"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        for (int port = 0; port < ctx.inputs().size(); port++) {
            ShapeResult bad = ShapeChecks.sequence(type() + " input " + port + " (" + role(port) + ")",
                    ctx.input(port));
            if (bad != null) {
                return bad;
            }
        }
        Shape q = ctx.input(0);
        Shape k = ctx.input(1);
        Shape v = ctx.inputs().size() > 2 ? ctx.input(2) : k;
        if (k.timeSteps() != v.timeSteps()) {
            return ShapeChecks.mismatch("Attention keys (" + k + ") and values (" + v + ") must have the same "
                    + "number of time steps. Connect matching sequences to ports 1 and 2.");
        }
        long units = ctx.params().getInt("units");
        long projected = Sizes.mul(ctx.params().getInt("heads"), ctx.params().getInt("headSize"));
        long params = Sizes.add(Sizes.mul(projected, q.features()),
                Sizes.add(Sizes.mul(projected, k.features()), Sizes.mul(projected, v.features())),
                Sizes.mul(projected, units));
        long macs = Sizes.add(Sizes.mul(Math.max(q.timeSteps(), k.timeSteps()), params),
                Sizes.mul(2, q.timeSteps(), k.timeSteps(), projected));
        // Each head's attention weights: every query step against every key step.
        return ShapeResult.ok(Shape.sequence(q.timeSteps(), units), params, macs)
                .withWorkingValues(Sizes.mul(ctx.params().getInt("heads"), q.timeSteps(), k.timeSteps()));
    }

    /** An AttentionVertex is a graph vertex: DL4J cannot wrap it in FrozenLayerWithBackprop. */
    @Override
    public String notInDiscriminatorBecause() {
        return "its weights cannot be frozen while the generator trains. Use SelfAttention instead, or move it to "
                + "the generator.";
    }

    @Override
    public java.util.List<String> portLabels() {
        return java.util.List.of("queries", "keys", "values (optional: the keys)");
    }

    /** DL4J's AttentionVertex always reads three inputs: with two ports connected the keys are also the values. */
    @Override
    public java.util.List<Integer> dataPorts(int connected) {
        return connected == 2 ? java.util.List.of(0, 1, 1) : java.util.List.of(0, 1, 2);
    }

    private static String role(int port) {
        return switch (port) {
            case 0 -> "queries";
            case 1 -> "keys";
            default -> "values";
        };
    }
}

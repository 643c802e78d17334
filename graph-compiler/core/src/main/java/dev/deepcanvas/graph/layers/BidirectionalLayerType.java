package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

import java.util.List;

/**
 * Runs a recurrent layer forwards and a copy backwards and combines them. GRU is not offered: DL4J's Bidirectional
 * only wraps its built-in recurrent layers, and offering a node that fails at compile time is not acceptable.
 */
public final class BidirectionalLayerType extends AbstractLayerType {

    public BidirectionalLayerType() {
        super("Bidirectional", Category.RECURRENT, Arity.ONE,
                "Reads the sequence both forwards and backwards, so every step sees past and future context.",
                ParamSpec.enumParam("layer", "LSTM", List.of("LSTM", "SimpleRNN"), "The recurrent layer run both ways"),
                ParamSpec.intParam("units", 32, 1, 100_000, "Hidden state size of each direction"),
                ParamSpec.enumParam("mode", "concat", List.of("concat", "add", "mean", "mul"),
                        "How the two directions are combined (concat doubles the features)"),
                ParamSpec.boolParam("returnSequences", true,
                        "true: output at every step; false: only the last step (many-to-one)"),
                Activations.param("tanh"));
    }

    private static int gates(String layer) {
        return layer.equals("LSTM") ? 4 : 1;
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.sequence(type(), in);
        if (bad != null) {
            return bad;
        }
        long units = ctx.params().getInt("units");
        int gates = gates(ctx.params().getString("layer"));
        long features = ctx.params().getString("mode").equals("concat") ? 2 * units : units;
        long params = Sizes.mul(2, RecurrentLayerType.paramCount(gates, in.features(), units));
        long macs = Sizes.mul(2, Sizes.mul(in.timeSteps(), Sizes.mul(gates, Sizes.add(in.features(), units), units)));
        Shape out = ctx.params().getBoolean("returnSequences") ? Shape.sequence(in.timeSteps(), features)
                : Shape.vector(features);
        // Both directions keep every step's gates, and DL4J runs one direction after the other.
        return ShapeResult.ok(out, params, macs)
                .withWorkingValues(Sizes.mul(2, Sizes.mul(in.timeSteps(), units, gates)))
                .withSequentialSteps(Sizes.mul(2, in.timeSteps()));
    }
}

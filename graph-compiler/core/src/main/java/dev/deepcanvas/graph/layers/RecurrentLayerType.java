package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

/**
 * Shared rule of SimpleRNN, LSTM and GRU: h_t = f_W(h_{t−1}, x_t) over a sequence; with returnSequences=false only the
 * last state is kept (many-to-one).
 */
public abstract class RecurrentLayerType extends AbstractLayerType {

    /** Gate count: 1 for a simple RNN, 3 for GRU, 4 for LSTM. Each gate has nIn·u + u·u + u weights. */
    private final int gates;

    protected RecurrentLayerType(String type, int gates, String summary, ParamSpec... extra) {
        this(type, gates, 1, summary, extra);
    }

    protected RecurrentLayerType(String type, int gates, int minUnits, String summary, ParamSpec... extra) {
        super(type, Category.RECURRENT, Arity.ONE, summary, params(minUnits, extra));
        this.gates = gates;
    }

    private static ParamSpec[] params(int minUnits, ParamSpec... extra) {
        ParamSpec[] all = new ParamSpec[2 + extra.length];
        all[0] = ParamSpec.intParam("units", 32, minUnits, 100_000, "Size of the hidden state h_t");
        all[1] = ParamSpec.boolParam("returnSequences", true,
                "true: output h_t at every step (many-to-many); false: only the last step (many-to-one)");
        System.arraycopy(extra, 0, all, 2, extra.length);
        return all;
    }

    /** Parameters of one direction of a recurrent layer with this gate count. */
    public static long paramCount(int gates, long nIn, long units) {
        return Sizes.mul(gates, Sizes.add(Sizes.mul(nIn, units), Sizes.mul(units, units), units));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.sequence(type(), in);
        if (bad != null) {
            return bad;
        }
        ShapeResult wrongLength = lengthProblem(ctx.nodeId(), in);
        if (wrongLength != null) {
            return wrongLength;
        }
        long units = ctx.params().getInt("units");
        long macs = Sizes.mul(in.timeSteps(), Sizes.mul(gates, Sizes.add(in.features(), units), units));
        Shape out = ctx.params().getBoolean("returnSequences") ? Shape.sequence(in.timeSteps(), units)
                : Shape.vector(units);
        // Training keeps every step's gates for the backward pass, and the steps run one after another.
        return ShapeResult.ok(out, paramCount(gates, in.features(), units), macs)
                .withWorkingValues(Sizes.mul(in.timeSteps(), units, gates))
                .withSequentialSteps(in.timeSteps());
    }

    /** Null when this layer can take a sequence this long; GRU needs 2 to 500 steps (see {@link GruLayerType}). */
    protected ShapeResult lengthProblem(String nodeId, Shape in) {
        return null;
    }
}

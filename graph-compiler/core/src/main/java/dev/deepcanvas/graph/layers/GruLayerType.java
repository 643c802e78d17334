package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

/** Gated recurrent unit: an LSTM-like layer with two gates and no separate cell state. */
public final class GruLayerType extends RecurrentLayerType {

    /** Longest sequence a GRU takes: its time loop is unrolled ({@link UnrolledLoop}). */
    public static final long MAX_STEPS = 500;

    public GruLayerType() {
        // At least 2 units: a 1-unit GRU is useless, and DL4J's strided-slice gradient fails on width-1 gate slices.
        super("GRU", 3, 2, "A recurrent layer with update and reset gates: nearly as good as LSTM with fewer weights. "
                + "One bias per gate, 3·(inputs·units + units² + units) parameters (Keras' reset_after=False); "
                + "sequences of 2 to " + MAX_STEPS + " steps.");
    }

    /**
     * Over a single step the recurrent weights get no gradient, which SameDiff refuses; and the time loop is unrolled
     * ({@link UnrolledLoop}), which bounds the length from above.
     */
    @Override
    protected ShapeResult lengthProblem(String nodeId, Shape in) {
        if (in.timeSteps() < 2) {
            return ShapeChecks.mismatch("GRU needs a sequence of at least 2 time steps but gets " + in.describe()
                    + ". With one step there is nothing to carry over: use Dense, or a longer sequence.");
        }
        return UnrolledLoop.check(type(), nodeId, in, MAX_STEPS);
    }
}

package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

/** Gated recurrent unit: an LSTM-like layer with two gates and no separate cell state. */
public final class GruLayerType extends RecurrentLayerType {

    public GruLayerType() {
        // At least 2 units: a 1-unit GRU is useless, and DL4J's strided-slice gradient fails on width-1 gate slices.
        super("GRU", 3, 2, "A recurrent layer with update and reset gates: nearly as good as LSTM with fewer weights.");
    }

    /** Over a single step the recurrent weights get no gradient, which SameDiff refuses. */
    @Override
    protected ShapeResult minimumLength(Shape in) {
        return in.timeSteps() >= 2 ? null : ShapeChecks.mismatch("GRU needs a sequence of at least 2 time steps but "
                + "gets " + in.describe() + ". With one step there is nothing to carry over: use Dense, or a longer "
                + "sequence.");
    }
}

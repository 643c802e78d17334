package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.dl4j.GruLayer;

/** Gated recurrent unit: an LSTM-like layer with two gates and no separate cell state. */
public final class GruLayerType extends RecurrentLayerType {

    public GruLayerType() {
        super("GRU", 3, "A recurrent layer with update and reset gates: nearly as good as LSTM with fewer weights.");
    }

    /** GRU returns the last step itself: DL4J's LastTimeStep wrapper only accepts DL4J's own recurrent layers. */
    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(layer(ctx));
    }

    @Override
    protected Recipe layer(BuildContext ctx) {
        return Recipe.construct(GruLayer.class, (long) ctx.params().getInt("units"),
                ctx.inputShapes().get(0).timeSteps(), ctx.params().getBoolean("returnSequences"));
    }
}

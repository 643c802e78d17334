package dev.deepcanvas.graph.layers;

import org.deeplearning4j.nn.conf.layers.LSTM;

/** Long short-term memory: gates decide what to keep, forget and output. */
public final class LstmLayerType extends RecurrentLayerType {

    public LstmLayerType() {
        super("LSTM", 4, "A recurrent layer with input, forget and output gates and a cell state: remembers over long "
                + "sequences.", Activations.param("tanh"));
    }

    @Override
    protected Recipe layer(BuildContext ctx) {
        return Recipe.construct(LSTM.Builder.class)
                .call("nOut", ctx.params().getInt("units"))
                .call("activation", Activations.of(ctx.params().getString("activation")))
                .build();
    }
}

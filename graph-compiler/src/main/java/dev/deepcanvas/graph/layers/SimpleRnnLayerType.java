package dev.deepcanvas.graph.layers;

import org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn;

/** The plain recurrent layer h_t = tanh(W·x_t + R·h_{t−1} + b). */
public final class SimpleRnnLayerType extends RecurrentLayerType {

    public SimpleRnnLayerType() {
        super("SimpleRNN", 1, "The basic recurrent layer: h_t = tanh(W·x_t + R·h_{t−1} + b), carrying state through time.",
                Activations.param("tanh"));
    }

    @Override
    protected Recipe layer(BuildContext ctx) {
        return Recipe.construct(SimpleRnn.Builder.class)
                .call("nOut", ctx.params().getInt("units"))
                .call("activation", Activations.of(ctx.params().getString("activation")))
                .build();
    }
}

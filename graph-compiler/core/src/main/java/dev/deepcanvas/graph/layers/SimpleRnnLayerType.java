package dev.deepcanvas.graph.layers;

/** The plain recurrent layer h_t = tanh(W·x_t + R·h_{t−1} + b). */
public final class SimpleRnnLayerType extends RecurrentLayerType {

    public SimpleRnnLayerType() {
        super("SimpleRNN", 1, "The basic recurrent layer: h_t = tanh(W·x_t + R·h_{t−1} + b), carrying state through time.",
                Activations.param("tanh"));
    }
}

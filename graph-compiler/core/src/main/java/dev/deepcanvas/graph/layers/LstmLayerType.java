package dev.deepcanvas.graph.layers;

/** Long short-term memory: gates decide what to keep, forget and output. */
public final class LstmLayerType extends RecurrentLayerType {

    public LstmLayerType() {
        super("LSTM", 4, "A recurrent layer with input, forget and output gates and a cell state: remembers over long "
                + "sequences.", Activations.param("tanh"));
    }
}

package dev.deepcanvas.graph.layers;

/** 1D max pooling over time. */
public final class MaxPool1DLayerType extends Pool1DLayerType {

    public MaxPool1DLayerType() {
        super("MaxPool1D",
                "Shortens a sequence by keeping the largest value of each window of time steps.");
    }
}

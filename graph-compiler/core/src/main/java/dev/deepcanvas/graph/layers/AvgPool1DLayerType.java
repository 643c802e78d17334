package dev.deepcanvas.graph.layers;

/** 1D average pooling over time. */
public final class AvgPool1DLayerType extends Pool1DLayerType {

    public AvgPool1DLayerType() {
        super("AvgPool1D",
                "Shortens a sequence by averaging each window of time steps.");
    }
}

package dev.deepcanvas.graph.layers;

/** Global average pooling over all positions or time steps. */
public final class GlobalAvgPoolLayerType extends GlobalPoolLayerType {

    public GlobalAvgPoolLayerType() {
        super("GlobalAvgPool",
                "Averages each channel (image) or feature (sequence) over all positions: one number per channel.");
    }
}

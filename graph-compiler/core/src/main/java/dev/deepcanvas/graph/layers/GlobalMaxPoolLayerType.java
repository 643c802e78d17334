package dev.deepcanvas.graph.layers;

/** Global max pooling over all positions or time steps. */
public final class GlobalMaxPoolLayerType extends GlobalPoolLayerType {

    public GlobalMaxPoolLayerType() {
        super("GlobalMaxPool",
                "Keeps the largest value of each channel (image) or feature (sequence): one number per channel.");
    }
}

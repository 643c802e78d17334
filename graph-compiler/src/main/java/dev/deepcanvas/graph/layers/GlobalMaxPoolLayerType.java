package dev.deepcanvas.graph.layers;

import org.deeplearning4j.nn.conf.layers.PoolingType;

/** Global max pooling over all positions or time steps. */
public final class GlobalMaxPoolLayerType extends GlobalPoolLayerType {

    public GlobalMaxPoolLayerType() {
        super("GlobalMaxPool", PoolingType.MAX,
                "Keeps the largest value of each channel (image) or feature (sequence): one number per channel.");
    }
}

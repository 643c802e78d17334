package dev.deepcanvas.graph.layers;

import org.deeplearning4j.nn.conf.layers.PoolingType;

/** Global average pooling over all positions or time steps. */
public final class GlobalAvgPoolLayerType extends GlobalPoolLayerType {

    public GlobalAvgPoolLayerType() {
        super("GlobalAvgPool", PoolingType.AVG,
                "Averages each channel (image) or feature (sequence) over all positions: one number per channel.");
    }
}

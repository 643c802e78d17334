package dev.deepcanvas.graph.layers;

import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;

/** 1D average pooling over time. */
public final class AvgPool1DLayerType extends Pool1DLayerType {

    public AvgPool1DLayerType() {
        super("AvgPool1D", SubsamplingLayer.PoolingType.AVG,
                "Shortens a sequence by averaging each window of time steps.");
    }
}

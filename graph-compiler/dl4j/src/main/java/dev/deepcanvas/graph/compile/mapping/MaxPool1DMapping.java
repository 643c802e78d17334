package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.MaxPool1DLayerType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;

/** MaxPool1D: DL4J's max subsampling over time. */
final class MaxPool1DMapping extends Pool1DMapping {

    MaxPool1DMapping() {
        super(SubsamplingLayer.PoolingType.MAX);
    }

    @Override
    public Class<MaxPool1DLayerType> layerType() {
        return MaxPool1DLayerType.class;
    }
}

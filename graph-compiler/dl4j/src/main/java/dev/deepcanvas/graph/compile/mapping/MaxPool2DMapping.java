package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.MaxPool2DLayerType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;

/** MaxPool2D: DL4J's max subsampling. */
final class MaxPool2DMapping extends Pool2DMapping {

    MaxPool2DMapping() {
        super(SubsamplingLayer.PoolingType.MAX);
    }

    @Override
    public Class<MaxPool2DLayerType> layerType() {
        return MaxPool2DLayerType.class;
    }
}

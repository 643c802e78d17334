package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.AvgPool2DLayerType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;

/** AvgPool2D: DL4J's average subsampling. */
final class AvgPool2DMapping extends Pool2DMapping {

    AvgPool2DMapping() {
        super(SubsamplingLayer.PoolingType.AVG);
    }

    @Override
    public Class<AvgPool2DLayerType> layerType() {
        return AvgPool2DLayerType.class;
    }
}

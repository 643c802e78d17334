package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.AvgPool1DLayerType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;

/** AvgPool1D: DL4J's average subsampling over time. */
final class AvgPool1DMapping extends Pool1DMapping {

    AvgPool1DMapping() {
        super(SubsamplingLayer.PoolingType.AVG);
    }

    @Override
    public Class<AvgPool1DLayerType> layerType() {
        return AvgPool1DLayerType.class;
    }
}

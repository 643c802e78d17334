package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.GlobalAvgPoolLayerType;
import org.deeplearning4j.nn.conf.layers.PoolingType;

/** GlobalAvgPool: DL4J's global average pooling. */
final class GlobalAvgPoolMapping extends GlobalPoolMapping {

    GlobalAvgPoolMapping() {
        super(PoolingType.AVG);
    }

    @Override
    public Class<GlobalAvgPoolLayerType> layerType() {
        return GlobalAvgPoolLayerType.class;
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.GlobalMaxPoolLayerType;
import org.deeplearning4j.nn.conf.layers.PoolingType;

/** GlobalMaxPool: DL4J's global max pooling. */
final class GlobalMaxPoolMapping extends GlobalPoolMapping {

    GlobalMaxPoolMapping() {
        super(PoolingType.MAX);
    }

    @Override
    public Class<GlobalMaxPoolLayerType> layerType() {
        return GlobalMaxPoolLayerType.class;
    }
}

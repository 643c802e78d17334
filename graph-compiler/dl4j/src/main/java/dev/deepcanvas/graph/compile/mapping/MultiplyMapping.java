package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.MultiplyLayerType;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;

/** Multiply: DL4J's element-wise vertex, multiplying. */
final class MultiplyMapping extends ElementWiseMapping {

    MultiplyMapping() {
        super(ElementWiseVertex.Op.Product);
    }

    @Override
    public Class<MultiplyLayerType> layerType() {
        return MultiplyLayerType.class;
    }
}

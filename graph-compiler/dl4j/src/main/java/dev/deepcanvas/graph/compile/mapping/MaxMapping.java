package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.MaxLayerType;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;

/** Max: DL4J's element-wise vertex, keeping the largest. */
final class MaxMapping extends ElementWiseMapping {

    MaxMapping() {
        super(ElementWiseVertex.Op.Max);
    }

    @Override
    public Class<MaxLayerType> layerType() {
        return MaxLayerType.class;
    }
}

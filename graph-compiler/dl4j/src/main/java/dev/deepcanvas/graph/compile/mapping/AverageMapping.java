package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.AverageLayerType;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;

/** Average: DL4J's element-wise vertex, averaging. */
final class AverageMapping extends ElementWiseMapping {

    AverageMapping() {
        super(ElementWiseVertex.Op.Average);
    }

    @Override
    public Class<AverageLayerType> layerType() {
        return AverageLayerType.class;
    }
}

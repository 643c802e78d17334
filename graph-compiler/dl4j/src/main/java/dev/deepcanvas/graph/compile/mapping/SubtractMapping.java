package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.SubtractLayerType;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;

/** Subtract: DL4J's element-wise vertex, input 0 minus input 1. */
final class SubtractMapping extends ElementWiseMapping {

    SubtractMapping() {
        super(ElementWiseVertex.Op.Subtract);
    }

    @Override
    public Class<SubtractLayerType> layerType() {
        return SubtractLayerType.class;
    }
}

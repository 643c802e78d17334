package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.AddLayerType;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;

/** Add: DL4J's element-wise vertex, adding. */
final class AddMapping extends ElementWiseMapping {

    AddMapping() {
        super(ElementWiseVertex.Op.Add);
    }

    @Override
    public Class<AddLayerType> layerType() {
        return AddLayerType.class;
    }
}

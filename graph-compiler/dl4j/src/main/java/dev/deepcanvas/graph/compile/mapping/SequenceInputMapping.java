package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.SequenceInputLayerType;

/** SequenceInput: a sequence input, DL4J's recurrent input type. */
final class SequenceInputMapping extends NetworkInputMapping {

    @Override
    public Class<SequenceInputLayerType> layerType() {
        return SequenceInputLayerType.class;
    }
}

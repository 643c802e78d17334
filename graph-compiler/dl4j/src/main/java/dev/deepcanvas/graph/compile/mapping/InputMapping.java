package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.InputLayerType;

/** Input: a vector input, DL4J's feed-forward input type. */
final class InputMapping extends NetworkInputMapping {

    @Override
    public Class<InputLayerType> layerType() {
        return InputLayerType.class;
    }
}

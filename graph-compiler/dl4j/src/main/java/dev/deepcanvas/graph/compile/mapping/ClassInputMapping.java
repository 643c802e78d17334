package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.ClassInputLayerType;

/** ClassInput: the one-hot class a conditional GAN draws or claims. */
final class ClassInputMapping extends NetworkInputMapping {

    @Override
    public Class<ClassInputLayerType> layerType() {
        return ClassInputLayerType.class;
    }
}

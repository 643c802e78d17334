package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.ImageInputLayerType;

/** ImageInput: an image input, DL4J's convolutional input type (NCHW). */
final class ImageInputMapping extends NetworkInputMapping {

    @Override
    public Class<ImageInputLayerType> layerType() {
        return ImageInputLayerType.class;
    }
}

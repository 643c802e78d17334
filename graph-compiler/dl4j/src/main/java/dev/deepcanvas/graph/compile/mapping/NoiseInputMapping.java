package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.NoiseInputLayerType;

/** NoiseInput: a GAN's noise vector. */
final class NoiseInputMapping extends NetworkInputMapping {

    @Override
    public Class<NoiseInputLayerType> layerType() {
        return NoiseInputLayerType.class;
    }
}

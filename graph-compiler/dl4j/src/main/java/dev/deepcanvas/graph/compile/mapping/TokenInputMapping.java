package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.TokenInputLayerType;

/** TokenInput: token ids, carrying the vocabulary as the input type's size (see InputTypes). */
final class TokenInputMapping extends NetworkInputMapping {

    @Override
    public Class<TokenInputLayerType> layerType() {
        return TokenInputLayerType.class;
    }
}

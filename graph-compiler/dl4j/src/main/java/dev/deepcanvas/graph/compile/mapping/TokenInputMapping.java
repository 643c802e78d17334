package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.TokenInputLayerType;

/** TokenInput in DL4J. */
final class TokenInputMapping implements LayerMapping {

    @Override
    public Class<TokenInputLayerType> layerType() {
        return TokenInputLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addInput(InputTypes.of(ctx.outputShape()));
    }
}

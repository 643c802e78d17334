package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.NoiseInputLayerType;

/** NoiseInput in DL4J. */
final class NoiseInputMapping implements LayerMapping {

    @Override
    public Class<NoiseInputLayerType> layerType() {
        return NoiseInputLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addInput(InputTypes.of(ctx.outputShape()));
    }
}

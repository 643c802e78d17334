package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.dl4j.GruLayer;
import dev.deepcanvas.graph.layers.GruLayerType;

/**
 * GRU: our SameDiff {@link GruLayer} (DL4J has no GRU). It returns the last step itself: DL4J's LastTimeStep
 * wrapper only accepts DL4J's own recurrent layers.
 */
final class GruMapping implements LayerMapping {

    @Override
    public Class<GruLayerType> layerType() {
        return GruLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.of(GruLayer::new, (long) ctx.params().getInt("units"),
                ctx.inputShapes().get(0).timeSteps(), ctx.params().getBoolean("returnSequences")));
    }
}

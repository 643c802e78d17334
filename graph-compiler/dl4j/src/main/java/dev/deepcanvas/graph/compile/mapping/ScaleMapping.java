package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.ScaleLayerType;
import org.deeplearning4j.nn.conf.graph.ScaleVertex;

/** Scale: DL4J's ScaleVertex. */
final class ScaleMapping implements LayerMapping {

    @Override
    public Class<ScaleLayerType> layerType() {
        return ScaleLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addVertex(Recipe.of(ScaleVertex::new, ctx.params().getDouble("factor")));
    }
}

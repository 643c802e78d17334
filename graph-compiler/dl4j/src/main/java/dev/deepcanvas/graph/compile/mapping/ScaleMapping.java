package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.ScaleLayerType;
import org.deeplearning4j.nn.conf.graph.ScaleVertex;

/** Scale in DL4J. */
final class ScaleMapping implements LayerMapping {

    @Override
    public Class<ScaleLayerType> layerType() {
        return ScaleLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addVertex(Recipe.construct(ScaleVertex.class, ctx.params().getDouble("factor")));
    }
}

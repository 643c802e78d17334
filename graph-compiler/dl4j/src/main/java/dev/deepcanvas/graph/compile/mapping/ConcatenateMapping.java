package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.ConcatenateLayerType;
import org.deeplearning4j.nn.conf.graph.MergeVertex;

/** Concatenate: DL4J's MergeVertex. */
final class ConcatenateMapping implements LayerMapping {

    @Override
    public Class<ConcatenateLayerType> layerType() {
        return ConcatenateLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addVertex(Recipe.of(MergeVertex::new));
    }
}

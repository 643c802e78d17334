package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.SubsetLayerType;
import org.deeplearning4j.nn.conf.graph.SubsetVertex;

/** Subset in DL4J. */
final class SubsetMapping implements LayerMapping {

    @Override
    public Class<SubsetLayerType> layerType() {
        return SubsetLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addVertex(Recipe.construct(SubsetVertex.class, ctx.params().getInt("from"), ctx.params().getInt("to")));
    }
}

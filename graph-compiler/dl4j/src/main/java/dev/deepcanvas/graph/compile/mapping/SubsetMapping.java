package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.SubsetLayerType;
import org.deeplearning4j.nn.conf.graph.SubsetVertex;

/** Subset: DL4J's SubsetVertex. */
final class SubsetMapping implements LayerMapping {

    @Override
    public Class<SubsetLayerType> layerType() {
        return SubsetLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addVertex(Recipe.of(SubsetVertex::new, ctx.params().getInt("from"), ctx.params().getInt("to")));
    }
}

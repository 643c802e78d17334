package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.AttentionLayerType;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.graph.AttentionVertex;

/** Attention: DL4J's AttentionVertex, with the three input sizes from the analysed shapes. */
final class AttentionMapping implements LayerMapping {

    @Override
    public Class<AttentionLayerType> layerType() {
        return AttentionLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        Shape q = ctx.inputShapes().get(0);
        Shape k = ctx.inputShapes().get(1);
        Shape v = ctx.inputShapes().size() > 2 ? ctx.inputShapes().get(2) : k;
        ctx.addVertex(Recipe.of(AttentionVertex.Builder::new)
                .with(AttentionVertex.Builder::nInQueries, q.features())
                .with(AttentionVertex.Builder::nInKeys, k.features())
                .with(AttentionVertex.Builder::nInValues, v.features())
                .with(AttentionVertex.Builder::nOut, (long) p.getInt("units"))
                .with(AttentionVertex.Builder::nHeads, p.getInt("heads"))
                .with(AttentionVertex.Builder::headSize, (long) p.getInt("headSize"))
                .with(AttentionVertex.Builder::projectInput, true)
                .then(AttentionVertex.Builder::build));
    }
}

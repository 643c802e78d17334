package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.AttentionLayerType;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.graph.AttentionVertex;

/** Attention in DL4J. */
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
        ctx.addVertex(Recipe.construct(AttentionVertex.Builder.class)
                .call("nInQueries", q.features())
                .call("nInKeys", k.features())
                .call("nInValues", v.features())
                .call("nOut", (long) p.getInt("units"))
                .call("nHeads", p.getInt("heads"))
                .call("headSize", (long) p.getInt("headSize"))
                .call("projectInput", true)
                .build());
    }
}

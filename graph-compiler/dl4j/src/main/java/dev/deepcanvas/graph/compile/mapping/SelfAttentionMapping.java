package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Params;
import dev.deepcanvas.graph.layers.SelfAttentionLayerType;
import org.deeplearning4j.nn.conf.layers.SelfAttentionLayer;

/** SelfAttention in DL4J. */
final class SelfAttentionMapping implements LayerMapping {

    @Override
    public Class<SelfAttentionLayerType> layerType() {
        return SelfAttentionLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.construct(SelfAttentionLayer.Builder.class)
                .call("nOut", p.getInt("units"))
                .call("nHeads", p.getInt("heads"))
                .call("headSize", p.getInt("headSize"))
                .call("projectInput", true)
                .build());
    }
}

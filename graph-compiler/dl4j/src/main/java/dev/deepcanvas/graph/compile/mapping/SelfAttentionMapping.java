package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Params;
import dev.deepcanvas.graph.layers.SelfAttentionLayerType;
import org.deeplearning4j.nn.conf.layers.SelfAttentionLayer;

/** SelfAttention: DL4J's SelfAttentionLayer. */
final class SelfAttentionMapping implements LayerMapping {

    @Override
    public Class<SelfAttentionLayerType> layerType() {
        return SelfAttentionLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.of(SelfAttentionLayer.Builder::new)
                .with(SelfAttentionLayer.Builder::nOut, p.getInt("units"))
                .with(SelfAttentionLayer.Builder::nHeads, p.getInt("heads"))
                .with(SelfAttentionLayer.Builder::headSize, p.getInt("headSize"))
                .with(SelfAttentionLayer.Builder::projectInput, true)
                .then(SelfAttentionLayer.Builder::build));
    }
}

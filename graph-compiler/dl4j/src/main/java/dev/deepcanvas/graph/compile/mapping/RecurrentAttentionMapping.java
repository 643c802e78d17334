package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Params;
import dev.deepcanvas.graph.layers.RecurrentAttentionLayerType;
import org.deeplearning4j.nn.conf.layers.RecurrentAttentionLayer;

/** RecurrentAttention: DL4J's RecurrentAttentionLayer. */
final class RecurrentAttentionMapping implements LayerMapping {

    @Override
    public Class<RecurrentAttentionLayerType> layerType() {
        return RecurrentAttentionLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.of(RecurrentAttentionLayer.Builder::new)
                .with(RecurrentAttentionLayer.Builder::nOut, p.getInt("units"))
                .with(RecurrentAttentionLayer.Builder::nHeads, p.getInt("heads"))
                .with(RecurrentAttentionLayer.Builder::headSize, p.getInt("headSize"))
                .with(RecurrentAttentionLayer.Builder::projectInput, true)
                .with(RecurrentAttentionLayer.Builder::activation, Dl4jNames.activation(p.getString("activation")))
                .then(RecurrentAttentionLayer.Builder::build));
    }
}

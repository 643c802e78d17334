package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Params;
import dev.deepcanvas.graph.layers.RecurrentAttentionLayerType;
import org.deeplearning4j.nn.conf.layers.RecurrentAttentionLayer;

/** RecurrentAttention in DL4J. */
final class RecurrentAttentionMapping implements LayerMapping {

    @Override
    public Class<RecurrentAttentionLayerType> layerType() {
        return RecurrentAttentionLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.construct(RecurrentAttentionLayer.Builder.class)
                .call("nOut", p.getInt("units"))
                .call("nHeads", p.getInt("heads"))
                .call("headSize", p.getInt("headSize"))
                .call("projectInput", true)
                .call("activation", Dl4jNames.activation(p.getString("activation")))
                .build());
    }
}

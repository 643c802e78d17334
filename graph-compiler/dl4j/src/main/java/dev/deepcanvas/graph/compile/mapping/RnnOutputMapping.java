package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.RnnOutputLayerType;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;

/** RnnOutput in DL4J. */
final class RnnOutputMapping implements LayerMapping {

    @Override
    public Class<RnnOutputLayerType> layerType() {
        return RnnOutputLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.construct(RnnOutputLayer.Builder.class, Dl4jNames.loss(ctx.params().getString("loss")))
                .call("nOut", ctx.params().getInt("units"))
                .call("activation", Dl4jNames.activation(ctx.params().getString("activation")))
                .build());
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.OutputLayerType;
import org.deeplearning4j.nn.conf.layers.OutputLayer;

/** Output in DL4J. */
final class OutputMapping implements LayerMapping {

    @Override
    public Class<OutputLayerType> layerType() {
        return OutputLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.construct(OutputLayer.Builder.class, Dl4jNames.loss(ctx.params().getString("loss")))
                .call("nOut", ctx.params().getInt("units"))
                .call("activation", Dl4jNames.activation(ctx.params().getString("activation")))
                .build());
    }
}

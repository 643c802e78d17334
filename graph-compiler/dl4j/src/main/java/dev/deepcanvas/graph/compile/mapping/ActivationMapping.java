package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.ActivationLayerType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;

/** Activation in DL4J. */
final class ActivationMapping implements LayerMapping {

    @Override
    public Class<ActivationLayerType> layerType() {
        return ActivationLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.construct(ActivationLayer.Builder.class)
                .call("activation", Dl4jNames.activation(ctx.params().getString("activation")))
                .build());
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.ActivationLayerType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;

/** Activation: DL4J's ActivationLayer. */
final class ActivationMapping implements LayerMapping {

    @Override
    public Class<ActivationLayerType> layerType() {
        return ActivationLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.of(ActivationLayer.Builder::new)
                .with(ActivationLayer.Builder::activation, Dl4jNames.activation(ctx.params().getString("activation")))
                .then(ActivationLayer.Builder::build));
    }
}

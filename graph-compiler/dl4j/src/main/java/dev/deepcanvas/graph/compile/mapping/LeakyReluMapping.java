package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.LeakyReluLayerType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.nd4j.linalg.activations.impl.ActivationLReLU;

/** LeakyReLU: an ActivationLayer with DL4J's ActivationLReLU of the node's slope. */
final class LeakyReluMapping implements LayerMapping {

    @Override
    public Class<LeakyReluLayerType> layerType() {
        return LeakyReluLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.of(ActivationLayer.Builder::new)
                .withRecipe(ActivationLayer.Builder::activation,
                        Recipe.of(ActivationLReLU::new, ctx.params().getDouble("negativeSlope")))
                .then(ActivationLayer.Builder::build));
    }
}

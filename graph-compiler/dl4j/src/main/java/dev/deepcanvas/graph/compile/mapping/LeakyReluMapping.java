package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.LeakyReluLayerType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.nd4j.linalg.activations.impl.ActivationLReLU;

/** LeakyRelu in DL4J. */
final class LeakyReluMapping implements LayerMapping {

    @Override
    public Class<LeakyReluLayerType> layerType() {
        return LeakyReluLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.construct(ActivationLayer.Builder.class)
                .call("activation", Recipe.construct(ActivationLReLU.class, ctx.params().getDouble("negativeSlope")))
                .build());
    }
}

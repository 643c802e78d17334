package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.GaussianNoiseLayerType;
import org.deeplearning4j.nn.conf.dropout.GaussianNoise;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.nd4j.linalg.activations.Activation;

/** GaussianNoise in DL4J. */
final class GaussianNoiseMapping implements LayerMapping {

    @Override
    public Class<GaussianNoiseLayerType> layerType() {
        return GaussianNoiseLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        // Explicit identity: DL4J's default activation is sigmoid, and the noise must be the only change.
        ctx.addLayer(Recipe.construct(DropoutLayer.Builder.class,
                        Recipe.construct(GaussianNoise.class, ctx.params().getDouble("stddev")))
                .call("activation", Activation.IDENTITY).build());
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.GaussianNoiseLayerType;
import org.deeplearning4j.nn.conf.dropout.GaussianNoise;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.nd4j.linalg.activations.Activation;

/** GaussianNoise: a DropoutLayer whose dropout is DL4J's GaussianNoise (active while training only). */
final class GaussianNoiseMapping implements LayerMapping {

    @Override
    public Class<GaussianNoiseLayerType> layerType() {
        return GaussianNoiseLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        // Explicit identity: DL4J's default activation is sigmoid, and the noise must be the only change.
        ctx.addLayer(Recipe.wrap(DropoutLayer.Builder::new,
                        Recipe.of(GaussianNoise::new, ctx.params().getDouble("stddev")))
                .with(DropoutLayer.Builder::activation, Activation.IDENTITY)
                .then(DropoutLayer.Builder::build));
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.DropoutLayerType;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.nd4j.linalg.activations.Activation;

/** Dropout: DL4J's DropoutLayer. */
final class DropoutMapping implements LayerMapping {

    @Override
    public Class<DropoutLayerType> layerType() {
        return DropoutLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        // DL4J takes the probability of KEEPING a value; Keras' rate is the probability of dropping it.
        // Explicit identity: DL4J's default activation is sigmoid, and Dropout must pass values through unchanged.
        ctx.addLayer(Recipe.of(DropoutLayer.Builder::new, 1.0 - ctx.params().getDouble("rate"))
                .with(DropoutLayer.Builder::activation, Activation.IDENTITY).then(DropoutLayer.Builder::build));
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.BatchNormLayerType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.nd4j.linalg.activations.Activation;

/** BatchNorm: DL4J's BatchNormalization layer. */
final class BatchNormMapping implements LayerMapping {

    @Override
    public Class<BatchNormLayerType> layerType() {
        return BatchNormLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        // Explicit identity: DL4J's default activation is sigmoid, and a BatchNorm must not squash its output.
        ctx.addLayer(Recipe.of(BatchNormalization.Builder::new)
                .with(BatchNormalization.Builder::activation, Activation.IDENTITY)
                .then(BatchNormalization.Builder::build));
    }
}

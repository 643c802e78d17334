package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.EmbeddingLayerType;
import org.deeplearning4j.nn.conf.layers.EmbeddingLayer;
import org.nd4j.linalg.activations.Activation;

/** Embedding: DL4J's EmbeddingLayer for a single token id. */
final class EmbeddingMapping implements LayerMapping {

    @Override
    public Class<EmbeddingLayerType> layerType() {
        return EmbeddingLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        // nIn (the vocabulary) comes from the input type, which carries it as its size; no bias and no activation
        // (DL4J's default would be sigmoid), like Keras.
        ctx.addLayer(Recipe.of(EmbeddingLayer.Builder::new)
                .with(EmbeddingLayer.Builder::nOut, ctx.params().getInt("units"))
                .with(EmbeddingLayer.Builder::hasBias, false)
                .with(EmbeddingLayer.Builder::activation, Activation.IDENTITY)
                .then(EmbeddingLayer.Builder::build));
    }
}

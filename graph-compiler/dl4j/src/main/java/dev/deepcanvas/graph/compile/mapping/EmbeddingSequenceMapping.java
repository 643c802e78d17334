package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.EmbeddingSequenceLayerType;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.nd4j.linalg.activations.Activation;

/** EmbeddingSequence: DL4J's EmbeddingSequenceLayer for a sequence of token ids. */
final class EmbeddingSequenceMapping implements LayerMapping {

    @Override
    public Class<EmbeddingSequenceLayerType> layerType() {
        return EmbeddingSequenceLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        // nIn (the vocabulary) comes from the input type, which carries it as its size: setInputTypes would
        // otherwise overwrite an explicit nIn with the feature count 1.
        ctx.addLayer(Recipe.of(EmbeddingSequenceLayer.Builder::new)
                .with(EmbeddingSequenceLayer.Builder::nOut, ctx.params().getInt("units"))
                .with(EmbeddingSequenceLayer.Builder::inputLength, (int) ctx.inputShapes().get(0).timeSteps())
                .with(EmbeddingSequenceLayer.Builder::hasBias, false)
                .with(EmbeddingSequenceLayer.Builder::activation, Activation.IDENTITY)
                .then(EmbeddingSequenceLayer.Builder::build));
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.EmbeddingSequenceLayerType;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.nd4j.linalg.activations.Activation;

/** EmbeddingSequence in DL4J. */
final class EmbeddingSequenceMapping implements LayerMapping {

    @Override
    public Class<EmbeddingSequenceLayerType> layerType() {
        return EmbeddingSequenceLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        // nIn (the vocabulary) comes from the input type, which carries it as its size: setInputTypes would
        // otherwise overwrite an explicit nIn with the feature count 1.
        ctx.addLayer(Recipe.construct(EmbeddingSequenceLayer.Builder.class)
                .call("nOut", ctx.params().getInt("units"))
                .call("inputLength", (int) ctx.inputShapes().get(0).timeSteps())
                .call("hasBias", false)
                .call("activation", Activation.IDENTITY)
                .build());
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.RepeatVectorLayerType;
import org.deeplearning4j.nn.conf.layers.misc.RepeatVector;
import org.nd4j.linalg.activations.Activation;

/** RepeatVector: DL4J's RepeatVector layer. */
final class RepeatVectorMapping implements LayerMapping {

    @Override
    public Class<RepeatVectorLayerType> layerType() {
        return RepeatVectorLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.of(RepeatVector.Builder::new, ctx.params().getInt("times"))
                .with(RepeatVector.Builder::activation, Activation.IDENTITY).then(RepeatVector.Builder::build));
    }
}

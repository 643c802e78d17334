package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.OutputLayerType;
import org.deeplearning4j.nn.conf.layers.OutputLayer;

/** Output: DL4J's OutputLayer with the node's loss. */
final class OutputMapping implements LayerMapping {

    @Override
    public Class<OutputLayerType> layerType() {
        return OutputLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.of(OutputLayer.Builder::new, Dl4jNames.loss(ctx.params().getString("loss")))
                .with(OutputLayer.Builder::nOut, ctx.params().getInt("units"))
                .with(OutputLayer.Builder::activation, Dl4jNames.activation(ctx.params().getString("activation")))
                .then(OutputLayer.Builder::build));
    }
}

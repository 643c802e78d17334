package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.RnnOutputLayerType;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;

/** RnnOutput: DL4J's RnnOutputLayer with the node's loss. */
final class RnnOutputMapping implements LayerMapping {

    @Override
    public Class<RnnOutputLayerType> layerType() {
        return RnnOutputLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.of(RnnOutputLayer.Builder::new, Dl4jNames.loss(ctx.params().getString("loss")))
                .with(RnnOutputLayer.Builder::nOut, ctx.params().getInt("units"))
                .with(RnnOutputLayer.Builder::activation, Dl4jNames.activation(ctx.params().getString("activation")))
                .then(RnnOutputLayer.Builder::build));
    }
}

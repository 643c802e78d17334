package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.ImageOutputLayerType;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;

/** ImageOutput: DL4J's CnnLossLayer (no weights; the loss per pixel) with the node's activation and loss. */
final class ImageOutputMapping implements LayerMapping {

    @Override
    public Class<ImageOutputLayerType> layerType() {
        return ImageOutputLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.of(CnnLossLayer.Builder::new, Dl4jNames.loss(ctx.params().getString("loss")))
                .with(CnnLossLayer.Builder::activation, Dl4jNames.activation(ctx.params().getString("activation")))
                .then(CnnLossLayer.Builder::build));
    }
}

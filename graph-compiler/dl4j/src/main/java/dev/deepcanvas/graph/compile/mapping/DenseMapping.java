package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.DenseLayerType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;

/** Dense: DL4J's DenseLayer. */
final class DenseMapping implements LayerMapping {

    @Override
    public Class<DenseLayerType> layerType() {
        return DenseLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.of(DenseLayer.Builder::new)
                .with(DenseLayer.Builder::nOut, ctx.params().getInt("units"))
                .with(DenseLayer.Builder::activation, Dl4jNames.activation(ctx.params().getString("activation")))
                .then(DenseLayer.Builder::build));
    }
}

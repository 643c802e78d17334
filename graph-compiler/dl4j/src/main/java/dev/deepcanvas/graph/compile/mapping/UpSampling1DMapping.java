package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.UpSampling1DLayerType;
import org.deeplearning4j.nn.conf.layers.Upsampling1D;

/** UpSampling1D: DL4J's Upsampling1D layer. */
final class UpSampling1DMapping implements LayerMapping {

    @Override
    public Class<UpSampling1DLayerType> layerType() {
        return UpSampling1DLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.of(Upsampling1D.Builder::new, ctx.params().getInt("size"))
                .then(Upsampling1D.Builder::build));
    }
}

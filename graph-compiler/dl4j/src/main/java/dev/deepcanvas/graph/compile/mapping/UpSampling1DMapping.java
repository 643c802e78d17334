package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.UpSampling1DLayerType;
import org.deeplearning4j.nn.conf.layers.Upsampling1D;

/** UpSampling1D in DL4J. */
final class UpSampling1DMapping implements LayerMapping {

    @Override
    public Class<UpSampling1DLayerType> layerType() {
        return UpSampling1DLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.construct(Upsampling1D.Builder.class, ctx.params().getInt("size")).build());
    }
}

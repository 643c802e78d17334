package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Padding;
import dev.deepcanvas.graph.layers.UpSampling2DLayerType;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;

/** UpSampling2D: DL4J's Upsampling2D layer. */
final class UpSampling2DMapping implements LayerMapping {

    @Override
    public Class<UpSampling2DLayerType> layerType() {
        return UpSampling2DLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.of(Upsampling2D.Builder::new)
                .with(Upsampling2D.Builder::size, Padding.pair(ctx.params().getIntList("size")))
                .then(Upsampling2D.Builder::build));
    }
}

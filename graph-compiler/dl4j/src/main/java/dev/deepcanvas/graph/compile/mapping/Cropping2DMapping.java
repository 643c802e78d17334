package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Borders;
import dev.deepcanvas.graph.layers.Cropping2DLayerType;
import org.deeplearning4j.nn.conf.layers.convolutional.Cropping2D;

/** Cropping2D: DL4J's Cropping2D layer. */
final class Cropping2DMapping implements LayerMapping {

    @Override
    public Class<Cropping2DLayerType> layerType() {
        return Cropping2DLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        int[] c = Borders.of(ctx.params().getIntList("cropping"));
        ctx.addLayer(Recipe.of(Cropping2D::new, c[0], c[1], c[2], c[3]));
    }
}

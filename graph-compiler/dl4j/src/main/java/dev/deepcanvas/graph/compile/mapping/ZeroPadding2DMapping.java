package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Borders;
import dev.deepcanvas.graph.layers.ZeroPadding2DLayerType;
import org.deeplearning4j.nn.conf.layers.ZeroPaddingLayer;

/** ZeroPadding2D: DL4J's ZeroPaddingLayer. */
final class ZeroPadding2DMapping implements LayerMapping {

    @Override
    public Class<ZeroPadding2DLayerType> layerType() {
        return ZeroPadding2DLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        int[] b = Borders.of(ctx.params().getIntList("padding"));
        ctx.addLayer(Recipe.of(ZeroPaddingLayer.Builder::new, b[0], b[1], b[2], b[3])
                .then(ZeroPaddingLayer.Builder::build));
    }
}

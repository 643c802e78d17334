package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Conv2DLayerType;
import dev.deepcanvas.graph.layers.Padding;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;

/** Conv2D: DL4J's ConvolutionLayer. */
final class Conv2DMapping implements LayerMapping {

    @Override
    public Class<Conv2DLayerType> layerType() {
        return Conv2DLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.of(ConvolutionLayer.Builder::new, Padding.pair(p.getIntList("kernel")))
                .with(ConvolutionLayer.Builder::stride, Padding.pair(p.getIntList("stride")))
                .with(ConvolutionLayer.Builder::nOut, p.getInt("filters"))
                .with(ConvolutionLayer.Builder::convolutionMode, Dl4jNames.convolutionMode(p.getString("padding")))
                .with(ConvolutionLayer.Builder::activation, Dl4jNames.activation(p.getString("activation")))
                .then(ConvolutionLayer.Builder::build));
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Padding;
import dev.deepcanvas.graph.layers.Params;
import dev.deepcanvas.graph.layers.SeparableConv2DLayerType;
import org.deeplearning4j.nn.conf.layers.SeparableConvolution2D;

/** SeparableConv2D: DL4J's SeparableConvolution2D. */
final class SeparableConv2DMapping implements LayerMapping {

    @Override
    public Class<SeparableConv2DLayerType> layerType() {
        return SeparableConv2DLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.of(SeparableConvolution2D.Builder::new)
                .with(SeparableConvolution2D.Builder::kernelSize, Padding.pair(p.getIntList("kernel")))
                .with(SeparableConvolution2D.Builder::stride, Padding.pair(p.getIntList("stride")))
                .with(SeparableConvolution2D.Builder::depthMultiplier, p.getInt("depthMultiplier"))
                .with(SeparableConvolution2D.Builder::nOut, p.getInt("filters"))
                .with(SeparableConvolution2D.Builder::convolutionMode,
                        Dl4jNames.convolutionMode(p.getString("padding")))
                .with(SeparableConvolution2D.Builder::activation, Dl4jNames.activation(p.getString("activation")))
                .then(SeparableConvolution2D.Builder::build));
    }
}

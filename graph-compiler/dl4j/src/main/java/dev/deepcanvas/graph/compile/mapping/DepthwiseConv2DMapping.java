package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.DepthwiseConv2DLayerType;
import dev.deepcanvas.graph.layers.Padding;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;

/** DepthwiseConv2D: DL4J's DepthwiseConvolution2D, whose nOut is channels × depth multiplier. */
final class DepthwiseConv2DMapping implements LayerMapping {

    @Override
    public Class<DepthwiseConv2DLayerType> layerType() {
        return DepthwiseConv2DLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.of(DepthwiseConvolution2D.Builder::new)
                .with(DepthwiseConvolution2D.Builder::kernelSize, Padding.pair(p.getIntList("kernel")))
                .with(DepthwiseConvolution2D.Builder::stride, Padding.pair(p.getIntList("stride")))
                .with(DepthwiseConvolution2D.Builder::depthMultiplier, p.getInt("depthMultiplier"))
                .with(DepthwiseConvolution2D.Builder::nOut, (int) ctx.outputShape().channels())
                .with(DepthwiseConvolution2D.Builder::convolutionMode,
                        Dl4jNames.convolutionMode(p.getString("padding")))
                .with(DepthwiseConvolution2D.Builder::activation, Dl4jNames.activation(p.getString("activation")))
                .then(DepthwiseConvolution2D.Builder::build));
    }
}

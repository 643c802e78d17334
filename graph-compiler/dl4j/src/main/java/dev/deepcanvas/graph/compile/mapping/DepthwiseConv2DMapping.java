package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.DepthwiseConv2DLayerType;
import dev.deepcanvas.graph.layers.Padding;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;

/** DepthwiseConv2D in DL4J. */
final class DepthwiseConv2DMapping implements LayerMapping {

    @Override
    public Class<DepthwiseConv2DLayerType> layerType() {
        return DepthwiseConv2DLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.construct(DepthwiseConvolution2D.Builder.class)
                .call("kernelSize", (Object) Padding.pair(p.getIntList("kernel")))
                .call("stride", (Object) Padding.pair(p.getIntList("stride")))
                .call("depthMultiplier", p.getInt("depthMultiplier"))
                .call("nOut", (int) ctx.outputShape().channels())
                .call("convolutionMode", Dl4jNames.convolutionMode(p.getString("padding")))
                .call("activation", Dl4jNames.activation(p.getString("activation")))
                .build());
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Padding;
import dev.deepcanvas.graph.layers.Params;
import dev.deepcanvas.graph.layers.SeparableConv2DLayerType;
import org.deeplearning4j.nn.conf.layers.SeparableConvolution2D;

/** SeparableConv2D in DL4J. */
final class SeparableConv2DMapping implements LayerMapping {

    @Override
    public Class<SeparableConv2DLayerType> layerType() {
        return SeparableConv2DLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.construct(SeparableConvolution2D.Builder.class)
                .call("kernelSize", (Object) Padding.pair(p.getIntList("kernel")))
                .call("stride", (Object) Padding.pair(p.getIntList("stride")))
                .call("depthMultiplier", p.getInt("depthMultiplier"))
                .call("nOut", p.getInt("filters"))
                .call("convolutionMode", Dl4jNames.convolutionMode(p.getString("padding")))
                .call("activation", Dl4jNames.activation(p.getString("activation")))
                .build());
    }
}

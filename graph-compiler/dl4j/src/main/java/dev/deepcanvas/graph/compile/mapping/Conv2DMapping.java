package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Conv2DLayerType;
import dev.deepcanvas.graph.layers.Padding;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;

/** Conv2D in DL4J. */
final class Conv2DMapping implements LayerMapping {

    @Override
    public Class<Conv2DLayerType> layerType() {
        return Conv2DLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.construct(ConvolutionLayer.Builder.class, (Object) Padding.pair(p.getIntList("kernel")))
                .call("stride", (Object) Padding.pair(p.getIntList("stride")))
                .call("nOut", p.getInt("filters"))
                .call("convolutionMode", Dl4jNames.convolutionMode(p.getString("padding")))
                .call("activation", Dl4jNames.activation(p.getString("activation")))
                .build());
    }
}

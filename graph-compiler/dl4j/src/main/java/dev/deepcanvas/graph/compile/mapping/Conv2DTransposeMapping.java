package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Conv2DTransposeLayerType;
import dev.deepcanvas.graph.layers.Padding;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;

/** Conv2DTranspose in DL4J. */
final class Conv2DTransposeMapping implements LayerMapping {

    @Override
    public Class<Conv2DTransposeLayerType> layerType() {
        return Conv2DTransposeLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.construct(Deconvolution2D.Builder.class)
                .call("kernelSize", (Object) Padding.pair(p.getIntList("kernel")))
                .call("stride", (Object) Padding.pair(p.getIntList("stride")))
                .call("nOut", p.getInt("filters"))
                .call("convolutionMode", Dl4jNames.convolutionMode(p.getString("padding")))
                .call("activation", Dl4jNames.activation(p.getString("activation")))
                .build());
    }
}

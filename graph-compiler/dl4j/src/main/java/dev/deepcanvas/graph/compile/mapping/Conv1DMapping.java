package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Conv1DLayerType;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;

/** Conv1D in DL4J. */
final class Conv1DMapping implements LayerMapping {

    @Override
    public Class<Conv1DLayerType> layerType() {
        return Conv1DLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.construct(Convolution1DLayer.Builder.class)
                .call("kernelSize", p.getInt("kernel"))
                .call("stride", p.getInt("stride"))
                .call("nOut", p.getInt("filters"))
                .call("convolutionMode", Dl4jNames.convolutionMode(p.getString("padding")))
                .call("activation", Dl4jNames.activation(p.getString("activation")))
                .build());
    }
}

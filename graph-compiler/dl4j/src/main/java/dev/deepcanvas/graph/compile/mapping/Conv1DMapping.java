package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Conv1DLayerType;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;

/** Conv1D: DL4J's Convolution1DLayer. */
final class Conv1DMapping implements LayerMapping {

    @Override
    public Class<Conv1DLayerType> layerType() {
        return Conv1DLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.of(Convolution1DLayer.Builder::new)
                .with(Convolution1DLayer.Builder::kernelSize, p.getInt("kernel"))
                .with(Convolution1DLayer.Builder::stride, p.getInt("stride"))
                .with(Convolution1DLayer.Builder::nOut, p.getInt("filters"))
                .with(Convolution1DLayer.Builder::convolutionMode, Dl4jNames.convolutionMode(p.getString("padding")))
                .with(Convolution1DLayer.Builder::activation, Dl4jNames.activation(p.getString("activation")))
                .then(Convolution1DLayer.Builder::build));
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Conv2DTransposeLayerType;
import dev.deepcanvas.graph.layers.Padding;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;

/** Conv2DTranspose: DL4J's Deconvolution2D (trained through oneDNN by TransposedConvolution). */
final class Conv2DTransposeMapping implements LayerMapping {

    @Override
    public Class<Conv2DTransposeLayerType> layerType() {
        return Conv2DTransposeLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.of(Deconvolution2D.Builder::new)
                .with(Deconvolution2D.Builder::kernelSize, Padding.pair(p.getIntList("kernel")))
                .with(Deconvolution2D.Builder::stride, Padding.pair(p.getIntList("stride")))
                .with(Deconvolution2D.Builder::nOut, p.getInt("filters"))
                .with(Deconvolution2D.Builder::convolutionMode, Dl4jNames.convolutionMode(p.getString("padding")))
                .with(Deconvolution2D.Builder::activation, Dl4jNames.activation(p.getString("activation")))
                .then(Deconvolution2D.Builder::build));
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.layers.Subsampling1DLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;

/** MaxPool1D and AvgPool1D: DL4J's Subsampling1DLayer with their pooling type. */
abstract class Pool1DMapping implements LayerMapping {

    private final SubsamplingLayer.PoolingType pooling;

    Pool1DMapping(SubsamplingLayer.PoolingType pooling) {
        this.pooling = pooling;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.of(Subsampling1DLayer.Builder::new, pooling, p.getInt("pool"), p.getInt("stride"))
                // declared in DL4J's protected BaseSubsamplingBuilder, out of a method reference's reach
                .withNamed("convolutionMode", Subsampling1DLayer.Builder::convolutionMode,
                        Dl4jNames.convolutionMode(p.getString("padding")))
                .then(Subsampling1DLayer.Builder::build));
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.Padding;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;

/** MaxPool2D and AvgPool2D: DL4J's SubsamplingLayer with their pooling type. */
abstract class Pool2DMapping implements LayerMapping {

    private final SubsamplingLayer.PoolingType pooling;

    Pool2DMapping(SubsamplingLayer.PoolingType pooling) {
        this.pooling = pooling;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addLayer(Recipe.of(SubsamplingLayer.Builder::new, pooling,
                        Padding.pair(p.getIntList("pool")), Padding.pair(p.getIntList("stride")))
                // declared in DL4J's protected BaseSubsamplingBuilder, out of a method reference's reach
                .withNamed("convolutionMode", SubsamplingLayer.Builder::convolutionMode,
                        Dl4jNames.convolutionMode(p.getString("padding")))
                .then(SubsamplingLayer.Builder::build));
    }
}

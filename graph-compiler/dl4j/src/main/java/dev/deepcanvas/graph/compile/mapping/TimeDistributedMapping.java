package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.TimeDistributedLayerType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.TimeDistributed;

/** TimeDistributed in DL4J. */
final class TimeDistributedMapping implements LayerMapping {

    @Override
    public Class<TimeDistributedLayerType> layerType() {
        return TimeDistributedLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.construct(TimeDistributed.class, Recipe.construct(DenseLayer.Builder.class)
                .call("nOut", ctx.params().getInt("units"))
                .call("activation", Dl4jNames.activation(ctx.params().getString("activation")))
                .build()));
    }
}

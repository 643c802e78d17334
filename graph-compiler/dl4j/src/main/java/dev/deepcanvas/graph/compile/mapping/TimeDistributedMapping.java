package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.TimeDistributedLayerType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.TimeDistributed;

/** TimeDistributed: DL4J's TimeDistributed wrapper around a DenseLayer. */
final class TimeDistributedMapping implements LayerMapping {

    @Override
    public Class<TimeDistributedLayerType> layerType() {
        return TimeDistributedLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.wrap(TimeDistributed::new, Recipe.of(DenseLayer.Builder::new)
                .with(DenseLayer.Builder::nOut, ctx.params().getInt("units"))
                .with(DenseLayer.Builder::activation, Dl4jNames.activation(ctx.params().getString("activation")))
                .then(DenseLayer.Builder::build)));
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.DenseLayerType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;

/** Dense in DL4J. */
final class DenseMapping implements LayerMapping {

    @Override
    public Class<DenseLayerType> layerType() {
        return DenseLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addLayer(Recipe.construct(DenseLayer.Builder.class)
                .call("nOut", ctx.params().getInt("units"))
                .call("activation", Dl4jNames.activation(ctx.params().getString("activation")))
                .build());
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.SimpleRnnLayerType;
import org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn;

/** SimpleRNN: DL4J's SimpleRnn layer. */
final class SimpleRnnMapping extends RecurrentMapping {

    @Override
    public Class<SimpleRnnLayerType> layerType() {
        return SimpleRnnLayerType.class;
    }

    @Override
    protected Recipe layer(BuildContext ctx) {
        return Recipe.construct(SimpleRnn.Builder.class)
                .call("nOut", ctx.params().getInt("units"))
                .call("activation", Dl4jNames.activation(ctx.params().getString("activation")))
                .build();
    }
}

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
    protected Recipe<SimpleRnn> layer(BuildContext ctx) {
        return Recipe.of(SimpleRnn.Builder::new)
                .with(SimpleRnn.Builder::nOut, ctx.params().getInt("units"))
                .with(SimpleRnn.Builder::activation, Dl4jNames.activation(ctx.params().getString("activation")))
                .then(SimpleRnn.Builder::build);
    }
}

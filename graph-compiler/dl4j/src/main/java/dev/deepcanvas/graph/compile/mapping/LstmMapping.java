package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.LstmLayerType;
import org.deeplearning4j.nn.conf.layers.LSTM;

/** LSTM: DL4J's LSTM layer (trained through FusedLstm's faster pass, see FastTraining). */
final class LstmMapping extends RecurrentMapping {

    @Override
    public Class<LstmLayerType> layerType() {
        return LstmLayerType.class;
    }

    @Override
    protected Recipe layer(BuildContext ctx) {
        return Recipe.construct(LSTM.Builder.class)
                .call("nOut", ctx.params().getInt("units"))
                .call("activation", Dl4jNames.activation(ctx.params().getString("activation")))
                .build();
    }
}

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
    protected Recipe<LSTM> layer(BuildContext ctx) {
        return Recipe.of(LSTM.Builder::new)
                .with(LSTM.Builder::nOut, ctx.params().getInt("units"))
                .with(LSTM.Builder::activation, Dl4jNames.activation(ctx.params().getString("activation")))
                .then(LSTM.Builder::build);
    }
}

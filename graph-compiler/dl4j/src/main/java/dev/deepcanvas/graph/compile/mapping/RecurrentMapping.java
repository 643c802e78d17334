package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;

/**
 * SimpleRNN and LSTM: the DL4J recurrent layer, wrapped in DL4J's LastTimeStep when only the last step is wanted
 * (returnSequences=false, many-to-one).
 */
abstract class RecurrentMapping implements LayerMapping {

    @Override
    public void compile(BuildContext ctx) {
        Recipe<? extends Layer> layer = layer(ctx);
        ctx.addLayer(ctx.params().getBoolean("returnSequences") ? layer : Recipe.wrap(LastTimeStep::new, layer));
    }

    /** The DL4J recurrent layer itself (without the LastTimeStep wrapper). */
    protected abstract Recipe<? extends Layer> layer(BuildContext ctx);
}

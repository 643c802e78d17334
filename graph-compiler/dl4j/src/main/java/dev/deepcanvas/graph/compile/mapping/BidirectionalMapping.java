package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.BidirectionalLayerType;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn;
import org.nd4j.linalg.activations.Activation;

/** Bidirectional: DL4J's Bidirectional wrapper around its LSTM or SimpleRnn, in LastTimeStep for many-to-one. */
final class BidirectionalMapping implements LayerMapping {

    @Override
    public Class<BidirectionalLayerType> layerType() {
        return BidirectionalLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        Activation activation = Dl4jNames.activation(p.getString("activation"));
        Recipe<? extends Layer> inner = p.getString("layer").equals("LSTM")
                ? Recipe.of(LSTM.Builder::new).with(LSTM.Builder::nOut, p.getInt("units"))
                        .with(LSTM.Builder::activation, activation).then(LSTM.Builder::build)
                : Recipe.of(SimpleRnn.Builder::new).with(SimpleRnn.Builder::nOut, p.getInt("units"))
                        .with(SimpleRnn.Builder::activation, activation).then(SimpleRnn.Builder::build);
        Bidirectional.Mode mode = switch (p.getString("mode")) {
            case "add" -> Bidirectional.Mode.ADD;
            case "mean" -> Bidirectional.Mode.AVERAGE;
            case "mul" -> Bidirectional.Mode.MUL;
            default -> Bidirectional.Mode.CONCAT;
        };
        Recipe<Bidirectional> bidi = Recipe.wrap(Bidirectional::new, mode, inner);
        ctx.addLayer(p.getBoolean("returnSequences") ? bidi : Recipe.wrap(LastTimeStep::new, bidi));
    }
}

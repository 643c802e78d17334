package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.BidirectionalLayerType;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn;

/** Bidirectional in DL4J. */
final class BidirectionalMapping implements LayerMapping {

    @Override
    public Class<BidirectionalLayerType> layerType() {
        return BidirectionalLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        Class<?> builder = p.getString("layer").equals("LSTM") ? LSTM.Builder.class : SimpleRnn.Builder.class;
        Recipe inner = Recipe.construct(builder).call("nOut", p.getInt("units"))
                .call("activation", Dl4jNames.activation(p.getString("activation"))).build();
        Bidirectional.Mode mode = switch (p.getString("mode")) {
            case "add" -> Bidirectional.Mode.ADD;
            case "mean" -> Bidirectional.Mode.AVERAGE;
            case "mul" -> Bidirectional.Mode.MUL;
            default -> Bidirectional.Mode.CONCAT;
        };
        Recipe bidi = Recipe.construct(Bidirectional.class, mode, inner);
        ctx.addLayer(p.getBoolean("returnSequences") ? bidi : Recipe.construct(LastTimeStep.class, bidi));
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.SequenceInputLayerType;
import org.deeplearning4j.nn.conf.inputs.InputType;

/** SequenceInput in DL4J. */
final class SequenceInputMapping implements LayerMapping {

    @Override
    public Class<SequenceInputLayerType> layerType() {
        return SequenceInputLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addInput(Recipe.staticCall(InputType.class, "recurrent",
                (long) ctx.params().getInt("features"), (long) ctx.params().getInt("length")));
    }
}

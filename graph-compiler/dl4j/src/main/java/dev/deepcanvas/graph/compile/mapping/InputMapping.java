package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.InputLayerType;
import org.deeplearning4j.nn.conf.inputs.InputType;

/** Input in DL4J. */
final class InputMapping implements LayerMapping {

    @Override
    public Class<InputLayerType> layerType() {
        return InputLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addInput(Recipe.staticCall(InputType.class, "feedForward", (long) ctx.params().getInt("size")));
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.ImageInputLayerType;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.inputs.InputType;

/** ImageInput in DL4J. */
final class ImageInputMapping implements LayerMapping {

    @Override
    public Class<ImageInputLayerType> layerType() {
        return ImageInputLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Params p = ctx.params();
        ctx.addInput(Recipe.staticCall(InputType.class, "convolutional",
                (long) p.getInt("height"), (long) p.getInt("width"), (long) p.getInt("channels")));
    }
}

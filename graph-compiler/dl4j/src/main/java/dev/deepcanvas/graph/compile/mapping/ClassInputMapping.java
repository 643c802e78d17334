package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.ClassInputLayerType;

/** ClassInput in DL4J. */
final class ClassInputMapping implements LayerMapping {

    @Override
    public Class<ClassInputLayerType> layerType() {
        return ClassInputLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addInput(InputTypes.of(ctx.outputShape()));
    }
}

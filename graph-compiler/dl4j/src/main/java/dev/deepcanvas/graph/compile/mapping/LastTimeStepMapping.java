package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.LastTimeStepLayerType;
import org.deeplearning4j.nn.conf.graph.rnn.LastTimeStepVertex;

/** LastTimeStep: DL4J's LastTimeStepVertex, which reads the mask of the network input feeding it. */
final class LastTimeStepMapping implements LayerMapping {

    @Override
    public Class<LastTimeStepLayerType> layerType() {
        return LastTimeStepLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addVertex(Recipe.of(LastTimeStepVertex::new, ctx.sequenceInputFor(0)));
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.LastTimeStepLayerType;
import org.deeplearning4j.nn.conf.graph.rnn.LastTimeStepVertex;

/** LastTimeStep in DL4J. */
final class LastTimeStepMapping implements LayerMapping {

    @Override
    public Class<LastTimeStepLayerType> layerType() {
        return LastTimeStepLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addVertex(Recipe.construct(LastTimeStepVertex.class, ctx.sequenceInputFor(0)));
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.DuplicateToSequenceLayerType;
import org.deeplearning4j.nn.conf.graph.rnn.DuplicateToTimeSeriesVertex;

/** DuplicateToSequence: DL4J's DuplicateToTimeSeriesVertex, reading its length from a network input. */
final class DuplicateToSequenceMapping implements LayerMapping {

    @Override
    public Class<DuplicateToSequenceLayerType> layerType() {
        return DuplicateToSequenceLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addVertex(Recipe.of(DuplicateToTimeSeriesVertex::new, ctx.sequenceInputFor(1)));
    }
}

package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.FlattenLayerType;
import org.deeplearning4j.nn.conf.graph.PreprocessorVertex;
import org.deeplearning4j.nn.conf.graph.ReshapeVertex;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;

/** Flatten: a pre-processor vertex for images, a reshape vertex for sequences. */
final class FlattenMapping implements LayerMapping {

    @Override
    public Class<FlattenLayerType> layerType() {
        return FlattenLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Shape in = ctx.inputShapes().get(0);
        if (in.isImage()) {
            ctx.addVertex(Recipe.wrap(PreprocessorVertex::new,
                    Recipe.of(CnnToFeedForwardPreProcessor::new, in.height(), in.width(), in.channels())));
        } else {
            // [batch, features, time] → [batch, features·time]; -1 keeps the batch size free.
            ctx.addVertex(Recipe.of(ReshapeVertex::new, new int[] {-1, (int) in.elementCount()}));
        }
    }
}

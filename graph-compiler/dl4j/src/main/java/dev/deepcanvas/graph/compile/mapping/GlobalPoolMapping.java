package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.dl4j.SequencePoolingLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;

/** GlobalMaxPool and GlobalAvgPool: DL4J's GlobalPoolingLayer for images, our SequencePoolingLayer for sequences. */
abstract class GlobalPoolMapping implements LayerMapping {

    private final PoolingType pooling;

    GlobalPoolMapping(PoolingType pooling) {
        this.pooling = pooling;
    }

    @Override
    public void compile(BuildContext ctx) {
        if (ctx.inputShapes().get(0).isSequence()) {
            // DL4J's own layer mis-declares its output type for sequences; see SequencePoolingLayer.
            ctx.addLayer(Recipe.of(SequencePoolingLayer::new, pooling));
        } else {
            ctx.addLayer(Recipe.of(GlobalPoolingLayer.Builder::new, pooling).then(GlobalPoolingLayer.Builder::build));
        }
    }
}

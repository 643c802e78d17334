package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.dl4j.SequencePoolingLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;

/** Shared rule of GlobalMaxPool and GlobalAvgPool: collapse all positions (or time steps) into one vector. */
public abstract class GlobalPoolLayerType extends AbstractLayerType {

    private final PoolingType pooling;

    protected GlobalPoolLayerType(String type, PoolingType pooling, String summary) {
        super(type, Category.CONVOLUTION, Arity.ONE, summary);
        this.pooling = pooling;
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        if (in.isImage()) {
            return ShapeResult.ok(Shape.vector(in.channels()), 0, in.elementCount());
        }
        if (in.isSequence()) {
            return ShapeResult.ok(Shape.vector(in.features()), 0, in.elementCount());
        }
        return ShapeChecks.mismatch(type() + " needs an image or a sequence but gets " + in.describe() + ". "
                + (in.isTokens() ? "Add an EmbeddingSequence first." : "A vector is already pooled: delete this node."));
    }

    @Override
    public void compile(BuildContext ctx) {
        if (ctx.inputShapes().get(0).isSequence()) {
            // DL4J's own layer mis-declares its output type for sequences; see SequencePoolingLayer.
            ctx.addLayer(Recipe.construct(SequencePoolingLayer.class, pooling));
        } else {
            ctx.addLayer(Recipe.construct(GlobalPoolingLayer.Builder.class, pooling).build());
        }
    }
}

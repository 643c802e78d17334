package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

/** Shared rule of GlobalMaxPool and GlobalAvgPool: collapse all positions (or time steps) into one vector. */
public abstract class GlobalPoolLayerType extends AbstractLayerType {

    protected GlobalPoolLayerType(String type, String summary) {
        super(type, Category.CONVOLUTION, Arity.ONE, summary);
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
}

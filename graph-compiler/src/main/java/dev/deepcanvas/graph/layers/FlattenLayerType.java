package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.analysis.Shape;
import org.deeplearning4j.nn.conf.graph.PreprocessorVertex;
import org.deeplearning4j.nn.conf.graph.ReshapeVertex;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;

/** Turns an image or a sequence into one long vector. */
public final class FlattenLayerType extends AbstractLayerType {

    public FlattenLayerType() {
        super("Flatten", Category.CORE, Arity.ONE,
                "Lays all values of an image (H×W×C) or sequence (T×F) out as one long vector for Dense layers.");
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        if (in.isVector()) {
            return ShapeResult.fail(ProblemCode.SHAPE_MISMATCH, "Flatten gets " + in.describe()
                    + ", which is already flat. Delete the Flatten node.");
        }
        ShapeResult bad = ShapeChecks.notTokens(type(), in);
        if (bad != null) {
            return bad;
        }
        if (in.elementCount() > Integer.MAX_VALUE) {
            return ShapeResult.fail(ProblemCode.TOO_LARGE, "Flatten would make a vector of " + in.elementCount()
                    + " values. Pool or downsample before it.");
        }
        return ShapeResult.ok(Shape.vector(in.elementCount()));
    }

    @Override
    public void compile(BuildContext ctx) {
        Shape in = ctx.inputShapes().get(0);
        if (in.isImage()) {
            ctx.addVertex(Recipe.construct(PreprocessorVertex.class, Recipe.construct(
                    CnnToFeedForwardPreProcessor.class, in.height(), in.width(), in.channels())));
        } else {
            // [batch, features, time] → [batch, features·time]; -1 keeps the batch size free.
            ctx.addVertex(Recipe.construct(ReshapeVertex.class, (Object) new int[] {-1, (int) in.elementCount()}));
        }
    }
}

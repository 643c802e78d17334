package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

/** One-to-many: repeats a vector n times to form a sequence. */
public final class RepeatVectorLayerType extends AbstractLayerType {

    public RepeatVectorLayerType() {
        super("RepeatVector", Category.RECURRENT, Arity.ONE,
                "Repeats a vector n times to make a sequence (one-to-many), e.g. to feed an encoding to a decoder.",
                ParamSpec.intParam("times", 10, 1, 1_000_000, "Length of the resulting sequence"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.vector(type(), in);
        return bad != null ? bad : ShapeResult.ok(Shape.sequence(ctx.params().getInt("times"), in.size()));
    }
}

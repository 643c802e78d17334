package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

/** A sequence of feature vectors; DL4J receives it as [batch, features, time steps]. */
public final class SequenceInputLayerType extends AbstractLayerType {

    public SequenceInputLayerType() {
        super("SequenceInput", Category.INPUTS, Arity.NONE,
                "A sequence of T time steps with F numbers each, e.g. a sensor trace or one-hot characters.",
                ParamSpec.intParam("length", 10, 1, 1_000_000, "Number of time steps T"),
                ParamSpec.intParam("features", 8, 1, 10_000_000, "Numbers per time step F"));
    }

    @Override
    public Role role() {
        return Role.INPUT;
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        return ShapeResult.ok(Shape.sequence(ctx.params().getInt("length"), ctx.params().getInt("features")));
    }
}

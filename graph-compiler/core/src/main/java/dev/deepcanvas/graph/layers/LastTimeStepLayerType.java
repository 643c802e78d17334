package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

/**
 * Many-to-one: keeps only the last time step of a sequence. Maps to DL4J's LastTimeStepVertex, which needs the name
 * of the network input whose mask tells where each sequence ends.
 */
public final class LastTimeStepLayerType extends AbstractLayerType {

    public LastTimeStepLayerType() {
        super("LastTimeStep", Category.RECURRENT, Arity.ONE,
                "Keeps only the final step of a sequence (many-to-one), e.g. before a classifier.");
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.sequence(type(), in);
        return bad != null ? bad : ShapeResult.ok(Shape.vector(in.features()));
    }
}

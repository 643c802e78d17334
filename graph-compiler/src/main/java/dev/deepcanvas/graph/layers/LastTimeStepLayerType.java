package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import org.deeplearning4j.nn.conf.graph.rnn.LastTimeStepVertex;

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

    @Override
    public void compile(BuildContext ctx) {
        ctx.addVertex(Recipe.construct(LastTimeStepVertex.class, ctx.sequenceInputFor(0)));
    }
}

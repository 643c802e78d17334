package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

/** The same Dense layer applied independently at every time step. */
public final class TimeDistributedLayerType extends AbstractLayerType {

    public TimeDistributedLayerType() {
        super("TimeDistributed", Category.RECURRENT, Arity.ONE,
                "Applies one Dense layer (same weights) to every time step of a sequence.",
                ParamSpec.intParam("units", 32, 1, 1_000_000, "Outputs per time step"),
                Activations.param("relu"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.sequence(type(), in);
        if (bad != null) {
            return bad;
        }
        long units = ctx.params().getInt("units");
        return ShapeResult.ok(Shape.sequence(in.timeSteps(), units),
                Sizes.add(Sizes.mul(in.features(), units), units), Sizes.mul(in.timeSteps(), in.features(), units));
    }

    /**
     * DL4J's TimeDistributed cannot be a network's final result in training mode: it asks for a workspace that
     * ComputationGraph.output does not open there (found by the contract tests).
     */
    @Override
    public String notLastInGeneratorBecause() {
        return "the trainer draws samples with the generator in training mode, and DL4J cannot run TimeDistributed "
                + "as a network's final result then. Add a layer after it (an Activation with identity keeps the "
                + "values as they are), or end the generator with another layer.";
    }
}

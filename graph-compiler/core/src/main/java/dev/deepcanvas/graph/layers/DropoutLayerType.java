package dev.deepcanvas.graph.layers;

/** Randomly zeroes values during training to fight over-fitting. */
public final class DropoutLayerType extends AbstractLayerType {

    public DropoutLayerType() {
        super("Dropout", Category.CORE, Arity.ONE,
                "While training, drops a random fraction of values so the network cannot rely on any single one.",
                ParamSpec.doubleParam("rate", 0.5, 0.0, 0.95, "Fraction of values dropped during training (0 to 0.95)"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        ShapeResult bad = ShapeChecks.notTokens(type(), ctx.input());
        return bad != null ? bad : ShapeResult.ok(ctx.input());
    }

    /**
     * DL4J's DropoutLayer cannot be a network's final result in training mode: it asks for a workspace that
     * ComputationGraph.output does not open there ("Workspace WS_LAYER_ACT_0 ... is not open", found by the contract
     * tests).
     */
    @Override
    public String notLastInGeneratorBecause() {
        return "the trainer draws samples with the generator in training mode, and DL4J cannot apply dropout to a "
                + "network's final result then. Put the Dropout before the generator's last layer, or delete it.";
    }

    /**
     * DL4J's FrozenLayerWithBackprop runs the wrapped layer in inference mode going forward (no dropout mask is
     * drawn) but still back-propagates through it, and DropoutLayer's backprop needs that mask: the first generator
     * step fails with "Dropout mask array is absent".
     */
    @Override
    public String notInDiscriminatorBecause() {
        return "the frozen copy of the discriminator that trains the generator cannot back-propagate through "
                + "dropout in DL4J, so training would crash at the first generator step. Delete it (label smoothing "
                + "already keeps the discriminator from becoming over-confident), or move it to the generator.";
    }
}

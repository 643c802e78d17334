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

package dev.deepcanvas.graph.layers;

/** A stand-alone non-linearity, e.g. after a BatchNorm. */
public final class ActivationLayerType extends AbstractLayerType {

    public ActivationLayerType() {
        super("Activation", Category.CORE, Arity.ONE,
                "Applies a non-linearity (relu, tanh, ...) to every value; no weights.",
                Activations.param("relu"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        ShapeResult bad = ShapeChecks.notTokens(type(), ctx.input());
        return bad != null ? bad : ShapeResult.ok(ctx.input());
    }
}

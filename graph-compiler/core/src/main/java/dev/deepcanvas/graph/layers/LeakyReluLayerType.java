package dev.deepcanvas.graph.layers;

/**
 * Keras' {@code LeakyReLU} layer: like relu, but negative values are scaled by a slope instead of zeroed. The
 * activation name "leakyrelu" is DL4J's fixed slope of 0.01; GAN discriminators want a steeper one (0.2 in the DCGAN
 * recipe) so that the generator gets a gradient from every unit, and this layer makes the slope a parameter.
 */
public final class LeakyReluLayerType extends AbstractLayerType {

    public LeakyReluLayerType() {
        super("LeakyReLU", Category.CORE, Arity.ONE,
                "relu that lets negative values through, scaled by a small slope, so no unit ever stops learning.",
                ParamSpec.doubleParam("negativeSlope", 0.3, 0.0, 1.0,
                        "What negative values are multiplied by (0 gives relu, 1 the identity)"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        ShapeResult bad = ShapeChecks.notTokens(type(), ctx.input());
        return bad != null ? bad : ShapeResult.ok(ctx.input());
    }
}

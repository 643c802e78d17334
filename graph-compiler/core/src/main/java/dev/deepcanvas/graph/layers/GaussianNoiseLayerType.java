package dev.deepcanvas.graph.layers;

/**
 * Keras' {@code GaussianNoise}: while training, adds zero-mean Gaussian noise to every value; at inference it passes
 * values through unchanged. At the start of a GAN discriminator it is "instance noise": real and generated pictures
 * both arrive blurred by the same noise, so the discriminator cannot win on pixel-level tells the generator has no
 * way to copy (such as the real pictures' own sensor noise), and must judge by form.
 */
public final class GaussianNoiseLayerType extends AbstractLayerType {

    public GaussianNoiseLayerType() {
        super("GaussianNoise", Category.CORE, Arity.ONE,
                "While training, adds random noise to every value, so the next layer cannot rely on fine detail.",
                ParamSpec.doubleParam("stddev", 0.1, 0.0, 10.0,
                        "Standard deviation of the added noise, in the input's own units (0 to 10)"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        ShapeResult bad = ShapeChecks.notTokens(type(), ctx.input());
        return bad != null ? bad : ShapeResult.ok(ctx.input());
    }

    /**
     * Wrapped in FrozenLayerWithBackprop, the noise would go quiet in the combined network (the wrapper runs its
     * layer in inference mode), and the generator would train against a discriminator judging cleaner pictures
     * than it learnt on. It has no parameters, so leaving it unwrapped freezes nothing less; its backprop passes
     * the gradient through unchanged, with or without noise drawn.
     */
    @Override
    public boolean frozenInCombinedNetwork() {
        return false;
    }
}

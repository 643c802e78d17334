package dev.deepcanvas.graph.layers;

/**
 * Keras' {@code RandomTranslation} (with fill mode "constant"): while training, moves each picture by a random number
 * of whole pixels, up to a fraction of its height and width; at inference it passes pictures through. In a classifier
 * it is data augmentation. At the start of a GAN discriminator it augments real and generated pictures alike in both
 * steps of the game, so that a discriminator trained on a few thousand pictures cannot simply memorise them.
 */
public final class RandomTranslationLayerType extends AbstractLayerType {

    public RandomTranslationLayerType() {
        super("RandomTranslation", Category.CONVOLUTION, Arity.ONE,
                "While training, moves each picture by a random few pixels, so the next layers must recognise things "
                        + "wherever they are.",
                ParamSpec.doubleParam("heightFactor", 0.1, 0.0, 0.5,
                        "Largest move up or down, as a fraction of the height (0 to 0.5)"),
                ParamSpec.doubleParam("widthFactor", 0.1, 0.0, 0.5,
                        "Largest move left or right, as a fraction of the width (0 to 0.5)"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        ShapeResult bad = ShapeChecks.image(type(), ctx.input());
        return bad != null ? bad : ShapeResult.ok(ctx.input());
    }

    /** As GaussianNoise: no parameters to freeze, and frozen it would stop moving pictures in the generator step. */
    @Override
    public boolean frozenInCombinedNetwork() {
        return false;
    }
}

package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

/** The latent vector a GAN generator starts from; the trainer fills it with Gaussian noise. */
public final class NoiseInputLayerType extends AbstractLayerType {

    public NoiseInputLayerType() {
        super("NoiseInput", Category.INPUTS, Arity.NONE,
                "Random numbers a generator turns into new samples (the GAN's latent space); only in a GAN's "
                        + "generator block.",
                ParamSpec.intParam("size", 100, 1, 100_000, "Length of the latent noise vector"));
    }

    @Override
    public Role role() {
        return Role.INPUT;
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        return ShapeResult.ok(Shape.vector(ctx.params().getInt("size")));
    }
}

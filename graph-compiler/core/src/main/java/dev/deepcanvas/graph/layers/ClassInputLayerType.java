package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

/**
 * The class a conditional GAN's sample belongs to, as a one-hot vector. In the generator it says which class to
 * draw (the trainer picks one at random per sample, the grids go class by class); in the discriminator it says
 * which class a picture claims to be, so that the verdict becomes "a real square?" rather than "a real shape?".
 * The combined network feeds the generator's class to the discriminator, as it feeds the generator's sample.
 */
public final class ClassInputLayerType extends AbstractLayerType {

    public ClassInputLayerType() {
        super("ClassInput", Category.INPUTS, Arity.NONE,
                "The class a GAN should draw, one-hot (a conditional GAN): one in the generator, one in the "
                        + "discriminator.",
                ParamSpec.intParam("classes", 10, 2, 10_000, "How many classes the dataset has"));
    }

    @Override
    public Role role() {
        return Role.INPUT;
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        return ShapeResult.ok(Shape.vector(ctx.params().getInt("classes")));
    }
}

package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

import java.util.List;
import java.util.Map;

/**
 * The class a conditional GAN's sample belongs to, as a one-hot vector. In the generator it says which class to
 * draw (the trainer picks one at random per sample, the grids go class by class); in the discriminator it says
 * which class a picture claims to be, so that the verdict becomes "a real square?" rather than "a real shape?".
 * The combined network feeds the generator's class to the discriminator, as it feeds the generator's sample.
 *
 * <p>Where a dataset also describes each picture by attributes (the shapes' colour), the condition may carry them
 * too: the class one-hot followed by one one-hot per attribute, so that the generator is told "a red circle" and a
 * class Output learns every part of it (an attribute-conditioned GAN). A condition of the class alone leaves out
 * every attribute, and a generator that is never told the colour tends to settle on the colours that are easiest
 * to pass off as real.
 */
public final class ClassInputLayerType extends AbstractLayerType {

    public static final String CONDITION = "condition";
    public static final String CLASS_ONLY = "class";
    public static final String CLASS_AND_ATTRIBUTES = "class and attributes";

    public ClassInputLayerType() {
        super("ClassInput", Category.INPUTS, Arity.NONE,
                "The class a GAN should draw, one-hot (a conditional GAN): one in the generator, one in the "
                        + "discriminator.",
                ParamSpec.intParam("classes", 10, 2, 10_000, "How many numbers the condition has: the dataset's "
                        + "classes, plus every attribute value when the condition includes attributes"),
                ParamSpec.enumParam(CONDITION, CLASS_ONLY, List.of(CLASS_ONLY, CLASS_AND_ATTRIBUTES),
                        "What the generator is told: the class only, or the class and the dataset's attributes "
                                + "(such as a colour), each one-hot"));
    }

    /** Whether a ClassInput with these parameters (as saved, before defaults) includes the dataset's attributes. */
    public static boolean includesAttributes(Map<String, Object> params) {
        return CLASS_AND_ATTRIBUTES.equals(params.get(CONDITION));
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

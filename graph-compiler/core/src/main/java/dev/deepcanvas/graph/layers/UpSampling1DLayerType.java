package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

/** Repeats every time step to lengthen a sequence. */
public final class UpSampling1DLayerType extends AbstractLayerType {

    public UpSampling1DLayerType() {
        super("UpSampling1D", Category.CONVOLUTION, Arity.ONE,
                "Lengthens a sequence by repeating each time step, e.g. 2 doubles the length.",
                ParamSpec.intParam("size", 2, 1, 1_000, "How many times each step is repeated"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.sequence(type(), in);
        if (bad != null) {
            return bad;
        }
        return ShapeResult.ok(Shape.sequence(Sizes.mul(in.timeSteps(), ctx.params().getInt("size")), in.features()));
    }
}

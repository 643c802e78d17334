package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

/** An output layer with one prediction per time step (many-to-many: tagging, next-character, translation). */
public final class RnnOutputLayerType extends AbstractLayerType {

    public RnnOutputLayerType() {
        super("RnnOutput", Category.RECURRENT, Arity.ONE,
                "A prediction at every time step, e.g. the next character or the translated word.",
                ParamSpec.intParam("units", 10, 1, Integer.MAX_VALUE, "Classes (or values) predicted per step"),
                ParamSpec.enumParam("activation", "softmax", Activations.OUTPUT,
                        "softmax for classes, sigmoid for yes/no labels, identity for numbers"),
                Losses.param("mcxent"));
    }

    @Override
    public Role role() {
        return Role.OUTPUT;
    }

    @Override
    public String checkParams(Params p) {
        return Losses.checkCombination(p.getString("loss"), p.getString("activation"), p.getInt("units"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        long units = ctx.params().getInt("units");
        if (!in.isSequence()) {
            return ShapeChecks.mismatch("RnnOutput predicts at every time step and needs a sequence, but gets "
                    + in.describe() + ". Use Output for one prediction per sample"
                    + (in.isTokens() ? ", or add an EmbeddingSequence and a recurrent layer first." : "."));
        }
        return ShapeResult.ok(Shape.sequence(in.timeSteps(), units),
                Sizes.add(Sizes.mul(in.features(), units), units), Sizes.mul(in.timeSteps(), in.features(), units));
    }
}

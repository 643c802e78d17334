package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

import java.util.List;

/** The final, loss-carrying layer of a classifier or regressor on vectors. */
public final class OutputLayerType implements LayerType {

    @Override
    public String type() {
        return "Output";
    }

    @Override
    public Category category() {
        return Category.CORE;
    }

    @Override
    public String summary() {
        return "The prediction: softmax + mcxent for classes, sigmoid + xent for yes/no labels, identity + mse for numbers.";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.intParam("units", 3, 1, Integer.MAX_VALUE, "Number of classes, labels or predicted values"),
                ParamSpec.enumParam("activation", "softmax", Activations.OUTPUT, "softmax for classes, sigmoid for "
                        + "yes/no labels, identity for numbers"),
                Losses.param("mcxent"));
    }

    @Override
    public Arity arity() {
        return Arity.ONE;
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
        ShapeResult tokens = ShapeChecks.notTokens(type(), in);
        if (tokens != null) {
            return tokens;
        }
        if (in.isSequence()) {
            return ShapeResult.fail(ProblemCode.SHAPE_MISMATCH, "Output expects a vector but gets " + in.describe()
                    + ". Use RnnOutput for one prediction per time step, or add LastTimeStep before Output.");
        }
        long nIn = in.elementCount();
        return ShapeResult.ok(Shape.vector(units), Sizes.add(Sizes.mul(nIn, units), units), Sizes.mul(nIn, units));
    }
}

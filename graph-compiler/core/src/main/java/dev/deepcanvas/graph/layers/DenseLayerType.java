package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

import java.util.List;

/** A fully connected layer: every output unit sees every input value. */
public final class DenseLayerType implements LayerType {

    @Override
    public String type() {
        return "Dense";
    }

    @Override
    public Category category() {
        return Category.CORE;
    }

    @Override
    public String summary() {
        return "Fully connected: each unit computes a weighted sum of all inputs, then an activation.";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.intParam("units", 16, 1, Integer.MAX_VALUE, "How many neurons (outputs) the layer has"),
                Activations.param("relu"));
    }

    @Override
    public Arity arity() {
        return Arity.ONE;
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        long units = ctx.params().getInt("units");
        if (in.isSequence()) {
            return ShapeResult.fail(ProblemCode.SHAPE_MISMATCH, "Dense expects a vector but gets " + in.describe()
                    + ". Add a LastTimeStep (keep the last step) or a GlobalAvgPool before it, "
                    + "or use TimeDistributed to apply a Dense at every step.");
        }
        ShapeResult tokens = ShapeChecks.notTokens(type(), in);
        if (tokens != null) {
            return tokens;
        }
        // Images are flattened automatically (DL4J inserts a CnnToFeedForward pre-processor).
        long nIn = in.elementCount();
        long params = Sizes.add(Sizes.mul(nIn, units), units);
        return ShapeResult.ok(Shape.vector(units), params, Sizes.mul(nIn, units));
    }
}

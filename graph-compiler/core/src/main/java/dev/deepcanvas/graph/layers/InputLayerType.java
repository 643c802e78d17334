package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

import java.util.List;

/** A vector of numeric features (tabular data). */
public final class InputLayerType implements LayerType {

    @Override
    public String type() {
        return "Input";
    }

    @Override
    public Category category() {
        return Category.INPUTS;
    }

    @Override
    public String summary() {
        return "A row of numbers, e.g. the 4 measurements of an iris flower or the columns of a CSV.";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(ParamSpec.intParam("size", 4, 1, Integer.MAX_VALUE, "How many numbers each sample has"));
    }

    @Override
    public Arity arity() {
        return Arity.NONE;
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

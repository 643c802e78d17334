package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

/** Shared rule of Add, Subtract, Multiply, Average and Max: value-by-value combination of equal shapes. */
public abstract class ElementWiseLayerType extends AbstractLayerType {

    protected ElementWiseLayerType(String type, Arity arity, String summary) {
        super(type, Category.MERGE, arity, summary);
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape first = ctx.input(0);
        ShapeResult bad = ShapeChecks.notTokens(type(), first);
        if (bad != null) {
            return bad;
        }
        for (int port = 1; port < ctx.inputs().size(); port++) {
            if (!ctx.input(port).equals(first)) {
                return ShapeChecks.mismatch(type() + " combines values one by one, so its inputs must have the same "
                        + "shape: input 0 is " + first + " but input " + port + " is " + ctx.input(port)
                        + ". Add a Dense (or Conv2D) to bring them to the same size, or use Concatenate.");
            }
        }
        return ShapeResult.ok(first, 0, first.elementCount() * (ctx.inputs().size() - 1));
    }
}

package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

/** Multiplies every value by a fixed factor. */
public final class ScaleLayerType extends AbstractLayerType {

    public ScaleLayerType() {
        super("Scale", Category.MERGE, Arity.ONE,
                "Multiplies every value by a fixed number (no weights), e.g. to damp a residual branch.",
                ParamSpec.doubleParam("factor", 0.5, -1e6, 1e6, "The multiplier"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.notTokens(type(), in);
        return bad != null ? bad : ShapeResult.ok(in, 0, in.elementCount());
    }
}

package dev.deepcanvas.graph.layers;

/** Element-wise multiply of equally shaped inputs. */
public final class MultiplyLayerType extends ElementWiseLayerType {

    public MultiplyLayerType() {
        super("Multiply", Arity.TWO_OR_MORE,
                "Multiplies its inputs value by value (e.g. a gate).");
    }
}

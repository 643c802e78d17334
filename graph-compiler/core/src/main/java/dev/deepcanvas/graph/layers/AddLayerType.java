package dev.deepcanvas.graph.layers;

/** Element-wise add of equally shaped inputs. */
public final class AddLayerType extends ElementWiseLayerType {

    public AddLayerType() {
        super("Add", Arity.TWO_OR_MORE,
                "Adds its inputs value by value (e.g. a residual connection).");
    }
}

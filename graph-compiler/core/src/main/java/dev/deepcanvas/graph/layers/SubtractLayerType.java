package dev.deepcanvas.graph.layers;

/** Element-wise subtract of equally shaped inputs. */
public final class SubtractLayerType extends ElementWiseLayerType {

    @Override
    public java.util.List<String> portLabels() {
        return java.util.List.of("from this", "subtract this");
    }

    public SubtractLayerType() {
        super("Subtract", Arity.exactly(2),
                "Subtracts input 1 from input 0, value by value.");
    }
}

package dev.deepcanvas.graph.layers;

/** Element-wise average of equally shaped inputs. */
public final class AverageLayerType extends ElementWiseLayerType {

    public AverageLayerType() {
        super("Average", Arity.TWO_OR_MORE,
                "Averages its inputs value by value.");
    }
}

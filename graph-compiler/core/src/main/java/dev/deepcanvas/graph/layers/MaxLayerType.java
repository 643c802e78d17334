package dev.deepcanvas.graph.layers;

/** Element-wise max of equally shaped inputs. */
public final class MaxLayerType extends ElementWiseLayerType {

    public MaxLayerType() {
        super("Max", Arity.TWO_OR_MORE,
                "Keeps the largest of its inputs at each position.");
    }
}

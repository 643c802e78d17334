package dev.deepcanvas.graph.layers;

import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;

/** Element-wise multiply of equally shaped inputs. */
public final class MultiplyLayerType extends ElementWiseLayerType {

    public MultiplyLayerType() {
        super("Multiply", ElementWiseVertex.Op.Product, Arity.TWO_OR_MORE,
                "Multiplies its inputs value by value (e.g. a gate).");
    }
}

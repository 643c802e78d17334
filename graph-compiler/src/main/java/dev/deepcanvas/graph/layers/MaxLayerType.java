package dev.deepcanvas.graph.layers;

import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;

/** Element-wise max of equally shaped inputs. */
public final class MaxLayerType extends ElementWiseLayerType {

    public MaxLayerType() {
        super("Max", ElementWiseVertex.Op.Max, Arity.TWO_OR_MORE,
                "Keeps the largest of its inputs at each position.");
    }
}

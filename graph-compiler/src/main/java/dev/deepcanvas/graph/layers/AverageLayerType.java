package dev.deepcanvas.graph.layers;

import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;

/** Element-wise average of equally shaped inputs. */
public final class AverageLayerType extends ElementWiseLayerType {

    public AverageLayerType() {
        super("Average", ElementWiseVertex.Op.Average, Arity.TWO_OR_MORE,
                "Averages its inputs value by value.");
    }
}

package dev.deepcanvas.graph.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * tanh through libnd4j's declarable {@code tanh} op, which the onednn build runs as a oneDNN element-wise
 * primitive (vectorised): about 1.2–1.7 ns per value on the bench machine against 8–10 ns for ND4J's
 * {@code Tanh} transform, which loops over the values with the C library's scalar tanh (docs/performance.md,
 * "Recurrent layers"). Same results to the last bit or one unit in it. Sigmoid has no oneDNN path in libnd4j
 * 1.0.0-M2.1, and building it from tanh (0.5·tanh(x/2) + 0.5) measured no faster than ND4J's own.
 */
final class FastTanh {

    private FastTanh() {
    }

    /** out = tanh(in); in and out may be the same array. */
    static void apply(INDArray in, INDArray out) {
        Nd4j.exec(DynamicCustomOp.builder("tanh").addInputs(in).addOutputs(out).build());
    }
}

package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.SubOp;
import org.nd4j.linalg.api.ops.impl.transforms.same.TimesOneMinus;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java parts of a GRU step give what the libnd4j calls they replaced gave, to the bit. */
@ExtendWith(NativeBackendConfigured.class)
class GruStepGradientsTest {

    private static final int N = 4 * 3;
    private static final int COLUMN = 3 * N;

    @Test
    void everyPartMatchesTheLibnd4jCallsBitForBit() {
        Nd4j.getRandom().setSeed(9);
        INDArray gates = Nd4j.rand(DataType.FLOAT, 2, 3, N);
        gates.slice(1).slice(2).muli(2).subi(1);                      // n = tanh(·) lies in (−1, 1)
        INDArray columns = Nd4j.randn(DataType.FLOAT, 2, COLUMN);     // h_{t−1} in each column's first N values
        INDArray dh = Nd4j.randn(DataType.FLOAT, N);
        INDArray dResetHidden = Nd4j.randn(DataType.FLOAT, N);
        INDArray fromGates = Nd4j.randn(DataType.FLOAT, N);
        INDArray above = Nd4j.randn(DataType.FLOAT, 2, N);
        float[] gatesHeap = gates.reshape(gates.length()).toFloatVector();
        float[] columnsHeap = columns.reshape(columns.length()).toFloatVector();
        int t = 1;
        INDArray z = gates.slice(t).slice(0);
        INDArray r = gates.slice(t).slice(1);
        INDArray n = gates.slice(t).slice(2);
        INDArray before = columns.slice(t).get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, N));

        float[] dzr = new float[2 * N];
        float[] dn = new float[N];
        GruStepGradients.update(t, N, gatesHeap, columnsHeap, COLUMN, dh.toFloatVector(), dzr, dn);
        INDArray scratch = Nd4j.create(DataType.FLOAT, N);
        INDArray dz = Nd4j.create(DataType.FLOAT, N);
        Nd4j.exec(new SubOp(before, n, scratch));
        Nd4j.exec(new MulOp(dh, scratch, dz));
        Nd4j.exec(new TimesOneMinus(z.dup(), scratch));
        dz.muli(scratch);
        INDArray dN = Nd4j.create(DataType.FLOAT, N);
        z.rsub(1.0, scratch);
        Nd4j.exec(new MulOp(dh, scratch, dN));
        Nd4j.exec(new MulOp(n, n, scratch));
        scratch.rsubi(1.0);
        dN.muli(scratch);
        assertThat(java.util.Arrays.copyOf(dzr, N)).isEqualTo(dz.toFloatVector());
        assertThat(dn).isEqualTo(dN.toFloatVector());

        GruStepGradients.reset(t, N, gatesHeap, columnsHeap, COLUMN, dResetHidden.toFloatVector(), dzr);
        INDArray dr = Nd4j.create(DataType.FLOAT, N);
        Nd4j.exec(new MulOp(dResetHidden, before, dr));
        Nd4j.exec(new TimesOneMinus(r.dup(), scratch));
        dr.muli(scratch);
        assertThat(java.util.Arrays.copyOfRange(dzr, N, 2 * N)).isEqualTo(dr.toFloatVector());

        float[] dhBefore = new float[N];
        GruStepGradients.hiddenBefore(t, N, gatesHeap, dh.toFloatVector(), dResetHidden.toFloatVector(),
                fromGates.toFloatVector(), above.reshape(above.length()).toFloatVector(), 0, dhBefore);
        INDArray expected = Nd4j.create(DataType.FLOAT, N);
        INDArray second = Nd4j.create(DataType.FLOAT, N);
        Nd4j.exec(new MulOp(dh, z, expected));
        Nd4j.exec(new MulOp(dResetHidden, r, second));
        expected.addi(second).addi(fromGates);
        // where the layer returns every step, the step before adds its own dL/dh from the layer above
        assertThat(dhBefore).isEqualTo(expected.add(above.slice(0)).toFloatVector());
    }
}

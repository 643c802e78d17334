package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.impl.transforms.same.TimesOneMinus;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java step gives what the libnd4j calls it replaced gave, to the bit. */
@ExtendWith(NativeBackendConfigured.class)
class LstmStepGradientsTest {

    private static final int N = 3 * 5;

    @Test
    void matchesTheLibnd4jCallsBitForBitWithAndWithoutALaterStep() {
        Nd4j.getRandom().setSeed(5);
        int steps = 2;
        INDArray gates = Nd4j.rand(DataType.FLOAT, steps, 4, N);     // activated gates lie in (0, 1)
        gates.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(0))
                .muli(2).subi(1);                                    // a = tanh(·) lies in (−1, 1)
        INDArray cells = Nd4j.randn(DataType.FLOAT, steps + 1, N);
        INDArray activated = Nd4j.rand(DataType.FLOAT, steps, N).muli(2).subi(1);
        INDArray dh = Nd4j.randn(DataType.FLOAT, steps, N);
        INDArray fromAbove = Nd4j.randn(DataType.FLOAT, N);
        INDArray carriedIn = Nd4j.randn(DataType.FLOAT, N);

        float[] carried = carriedIn.toFloatVector();
        float[] dz = new float[4 * N];
        LstmStepGradients.step(0, N, gates.reshape(gates.length()).toFloatVector(),
                cells.reshape(cells.length()).toFloatVector(), activated.reshape(activated.length()).toFloatVector(),
                dh.reshape(dh.length()).toFloatVector(), fromAbove.toFloatVector(), carried, dz);
        Expected expected = libnd4j(gates.slice(0), cells.slice(0), activated.slice(0), dh.slice(0).add(fromAbove),
                carriedIn);
        assertThat(dz).isEqualTo(expected.dz);
        assertThat(carried).isEqualTo(expected.carried);

        float[] last = new float[4 * N];
        float[] carriedLast = new float[N];
        LstmStepGradients.step(1, N, gates.reshape(gates.length()).toFloatVector(),
                cells.reshape(cells.length()).toFloatVector(), activated.reshape(activated.length()).toFloatVector(),
                dh.reshape(dh.length()).toFloatVector(), null, carriedLast, last);
        Expected atTheEnd = libnd4j(gates.slice(1), cells.slice(1), activated.slice(1), dh.slice(1).dup(), null);
        assertThat(last).isEqualTo(atTheEnd.dz);
        assertThat(carriedLast).isEqualTo(atTheEnd.carried);
    }

    private record Expected(float[] dz, float[] carried) {
    }

    /** The calls FusedLstmHelper's backward pass made per step before the Java loop. */
    private static Expected libnd4j(INDArray gates, INDArray cellBefore, INDArray activated, INDArray dhT,
                                    INDArray carried) {
        INDArray a = gates.slice(0);
        INDArray f = gates.slice(1);
        INDArray o = gates.slice(2);
        INDArray g = gates.slice(3);
        INDArray slopes = Nd4j.create(DataType.FLOAT, 3, N);
        Nd4j.exec(new TimesOneMinus(gates.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(1, 4)).dup(),
                slopes));
        INDArray dc = Nd4j.create(DataType.FLOAT, N);
        Nd4j.exec(new MulOp(activated, activated, dc));
        dc.rsubi(1.0).muli(o).muli(dhT);
        if (carried != null) {
            dc.addi(carried);
        }
        INDArray dz = Nd4j.create(DataType.FLOAT, 4, N);
        Nd4j.exec(new MulOp(dhT, activated, dz.slice(2)));
        dz.slice(2).muli(slopes.slice(1));
        Nd4j.exec(new MulOp(dc, cellBefore, dz.slice(1)));
        dz.slice(1).muli(slopes.slice(0));
        Nd4j.exec(new MulOp(dc, a, dz.slice(3)));
        dz.slice(3).muli(slopes.slice(2));
        Nd4j.exec(new MulOp(a, a, dz.slice(0)));
        dz.slice(0).rsubi(1.0).muli(g).muli(dc);
        INDArray next = Nd4j.create(DataType.FLOAT, N);
        Nd4j.exec(new MulOp(dc, f, next));
        return new Expected(dz.reshape(dz.length()).toFloatVector(), next.toFloatVector());
    }
}

package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.convolution.Convolution;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java im2col writes exactly what libnd4j's does, padding and strides included. */
@ExtendWith(NativeBackendConfigured.class)
class PatchesTest {

    @Test
    void matchesLibnd4jsIm2colForEveryStrideAndPadding() {
        Patches patches = new Patches();
        int[][] cases = {
            // channels, height, width, kH, kW, sY, sX, pY, pX
            {1, 28, 28, 5, 5, 1, 1, 0, 0},
            {3, 9, 7, 3, 2, 2, 1, 1, 0},
            {2, 8, 8, 3, 3, 1, 2, 1, 1},
            {1, 6, 5, 2, 4, 3, 3, 2, 3},
            {1, 4, 4, 3, 3, 1, 1, 4, 4},
        };
        for (int[] c : cases) {
            Nd4j.getRandom().setSeed(7);
            INDArray input = Nd4j.rand(DataType.FLOAT, 4, c[0], c[1], c[2]);
            check(patches, input, c);
            // a part of a batch, as a data-parallel step hands it over: a view into the whole batch's buffer
            check(patches, input.get(NDArrayIndex.interval(2, 4)), c);
        }
    }

    @Test
    void leavesWhatItCannotReadToLibnd4j() {
        INDArray doubles = Nd4j.rand(DataType.DOUBLE, 2, 1, 6, 6);
        INDArray out = Nd4j.create(DataType.DOUBLE, 2, 1, 3, 3, 4, 4);
        assertThat(new Patches().fill(doubles, 3, 3, 1, 1, 0, 0, out)).isFalse();
        INDArray permuted = Nd4j.rand(DataType.FLOAT, 2, 6, 6, 2).permute(0, 3, 1, 2);
        assertThat(new Patches().fill(permuted, 3, 3, 1, 1, 0, 0, Nd4j.create(DataType.FLOAT, 2, 2, 3, 3, 4, 4)))
                .as("not laid out as [batch, channels, height, width]").isFalse();
    }

    private static void check(Patches patches, INDArray input, int[] c) {
        int outHeight = (c[1] + 2 * c[7] - c[3]) / c[5] + 1;
        int outWidth = (c[2] + 2 * c[8] - c[4]) / c[6] + 1;
        long[] shape = {input.size(0), c[0], c[3], c[4], outHeight, outWidth};
        INDArray expected = Nd4j.create(DataType.FLOAT, shape, 'c');
        Convolution.im2col(input, c[3], c[4], c[5], c[6], c[7], c[8], 1, 1, false, expected);
        INDArray actual = Nd4j.valueArrayOf(shape, Float.NaN, DataType.FLOAT);
        assertThat(patches.fill(input, c[3], c[4], c[5], c[6], c[7], c[8], actual)).isTrue();
        assertThat(actual).as(java.util.Arrays.toString(c)).isEqualTo(expected);
    }
}

package dev.deepcanvas.backend.dataset.builtin;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;

import static org.assertj.core.api.Assertions.assertThat;

class MnistDatasetTest {

    static PreparedDataset mnist;

    @BeforeAll
    static void load() {
        mnist = MnistDataset.load();
    }

    @Test
    void holdsTenThousandDigitsAsNchwImagesWithOneHotLabels() {
        assertThat(mnist.train().getFeatures().shape()).containsExactly(8000, 1, 28, 28);
        assertThat(mnist.train().getLabels().shape()).containsExactly(8000, 10);
        assertThat(mnist.test().getFeatures().shape()).containsExactly(2000, 1, 28, 28);
        assertThat(mnist.descriptor().counts()).isEqualTo(MnistDataset.DESCRIPTOR.counts());
        assertThat(mnist.synthetic()).isFalse();
        assertThat(mnist.train().getLabels().sum(1).minNumber().doubleValue()).isEqualTo(1.0);
    }

    @Test
    void pixelsAreBetweenZeroAndOneWithInkOnABlackBackground() {
        INDArray x = mnist.test().getFeatures();
        assertThat(x.minNumber().doubleValue()).isEqualTo(0.0);
        assertThat(x.maxNumber().doubleValue()).isEqualTo(1.0);
        // About a fifth of an MNIST digit's pixels are ink.
        assertThat(x.meanNumber().doubleValue()).isBetween(0.08, 0.2);
    }

    @Test
    void everyDigitKeepsItsShareInTheTestPart() {
        double[] perDigit = mnist.test().getLabels().sum(0).toDoubleVector();
        for (double count : perDigit) {
            assertThat(count).isBetween(170.0, 230.0);
        }
    }

    @Test
    void imagesAreReadRowByRowSoOnesStandUpright() {
        DataSet test = mnist.test();
        int tallerThanWide = 0;
        int ones = 0;
        for (int i = 0; i < test.numExamples(); i++) {
            if (test.getLabels().getDouble(i, 1) != 1.0) {
                continue;
            }
            ones++;
            INDArray image = test.getFeatures().get(NDArrayIndex.point(i), NDArrayIndex.point(0),
                    NDArrayIndex.all(), NDArrayIndex.all());
            long inkRows = countNonZero(image.sum(1));
            long inkColumns = countNonZero(image.sum(0));
            if (inkRows > inkColumns) {
                tallerThanWide++;
            }
        }
        assertThat(tallerThanWide).isGreaterThan(ones * 9 / 10);
    }

    @Test
    void theSplitIsTheSameEveryTime() {
        assertThat(MnistDataset.load().test().getLabels()).isEqualTo(mnist.test().getLabels());
    }

    private static long countNonZero(INDArray vector) {
        long count = 0;
        for (double v : vector.toDoubleVector()) {
            if (v > 0.5) {
                count++;
            }
        }
        return count;
    }
}

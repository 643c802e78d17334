package dev.deepcanvas.bench.quality;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FrechetDistanceTest {

    @Test
    void aSetIsAtNoDistanceFromItself() {
        INDArray x = gaussian(400, 6, 1);
        assertThat(FrechetDistance.between(x, x)).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void shiftingTheMeanAddsTheSquaredShift() {
        INDArray x = gaussian(400, 6, 2);
        INDArray shifted = x.add(0.5);
        // the covariances are equal, so only |Δμ|² = 6 × 0.25 remains
        assertThat(FrechetDistance.between(x, shifted)).isCloseTo(1.5, within(1e-6));
    }

    @Test
    void forDiagonalCovariancesItIsTheSumOfSquaredSpreadDifferences() {
        // one dimension: (μ1 − μ2)² + (σ1 − σ2)²; two independent dimensions add up
        INDArray a = Nd4j.create(new double[][]{{-1, -2}, {1, 2}, {-1, 2}, {1, -2}});
        INDArray b = a.mul(3);
        double sampleVarianceA0 = 4.0 / 3;
        double sampleVarianceA1 = 16.0 / 3;
        double expected = Math.pow(3 * Math.sqrt(sampleVarianceA0) - Math.sqrt(sampleVarianceA0), 2)
                + Math.pow(3 * Math.sqrt(sampleVarianceA1) - Math.sqrt(sampleVarianceA1), 2);
        assertThat(FrechetDistance.between(a, b)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void aCollapsedSetIsFartherThanASecondSampleOfTheSameDistribution() {
        INDArray reference = gaussian(500, 20, 3);
        INDArray secondSample = gaussian(500, 20, 4);
        INDArray collapsed = Nd4j.tile(secondSample.getRow(0, true), 500, 1);
        double floor = FrechetDistance.between(secondSample, reference);
        assertThat(FrechetDistance.between(collapsed, reference)).isGreaterThan(10 * floor);
    }

    private static INDArray gaussian(int n, int d, long seed) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.randn(DataType.DOUBLE, n, d);
    }
}

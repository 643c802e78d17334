package dev.deepcanvas.backend.inside;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NoisePathTest {

    @Test
    void seededNoiseIsStandardNormalAndTheSameForTheSameSeed() {
        float[] noise = SeededNoise.vector(42, 4000);
        assertThat(SeededNoise.vector(42, 4000)).isEqualTo(noise);
        assertThat(SeededNoise.vector(43, 4000)).isNotEqualTo(noise);
        Random reference = new Random(42);
        assertThat(noise[0]).isEqualTo((float) reference.nextGaussian());
        double mean = 0;
        double square = 0;
        for (float v : noise) {
            mean += v / 4000.0;
            square += v * v / 4000.0;
        }
        assertThat(mean).isCloseTo(0, within(0.1));
        assertThat(square).isCloseTo(1, within(0.1));
        float[][] rows = SeededNoise.rows(42, 3, 10);
        assertThat(rows[0]).isEqualTo(SeededNoise.vector(42, 10));
        assertThat(rows[1]).isNotEqualTo(rows[0]);
    }

    @Test
    void theWayStartsAndEndsExactlyAtTheTwoVectorsAndKeepsTheirLengthOnTheArc() {
        float[] a = SeededNoise.vector(1, 64);
        float[] b = SeededNoise.vector(2, 64);
        float[][] way = NoisePath.between(a, b, 9);

        assertThat(way).hasNumberOfRows(9);
        assertThat(way[0]).isEqualTo(a);
        assertThat(way[8]).isEqualTo(b);
        double lengthA = length(a);
        double lengthB = length(b);
        for (int s = 1; s < 8; s++) {
            assertThat(length(way[s])).as("step %d", s).isBetween(Math.min(lengthA, lengthB) * 0.97,
                    Math.max(lengthA, lengthB) * 1.03);
            // on the way from A to B: ever further from A, ever nearer to B
            assertThat(NoisePath.angle(a, way[s])).isGreaterThan(NoisePath.angle(a, way[s - 1]));
            assertThat(NoisePath.angle(way[s], b)).isLessThan(NoisePath.angle(way[s - 1], b));
        }
        // A straight line would have shortened the middle: the reason the way is an arc.
        float[] straightMiddle = new float[64];
        for (int i = 0; i < 64; i++) {
            straightMiddle[i] = (a[i] + b[i]) / 2;
        }
        assertThat(length(straightMiddle)).isLessThan(0.9 * Math.min(lengthA, lengthB));
    }

    @Test
    void vectorsOfEqualLengthKeepItExactlyAndParallelOnesGoStraight() {
        float[] a = {3, 0};
        float[] b = {0, 3};
        float[][] quarter = NoisePath.between(a, b, 5);
        for (int s = 0; s < 5; s++) {
            assertThat(length(quarter[s])).isCloseTo(3, within(1e-5));
            // equal angles per step: a quarter circle in four eighths of π
            assertThat(NoisePath.angle(a, quarter[s])).isCloseTo(Math.PI / 8 * s, within(1e-5));
        }
        float[][] straight = NoisePath.between(new float[]{1, 1}, new float[]{2, 2}, 3);
        assertThat(straight[1]).containsExactly(1.5f, 1.5f);
        assertThat(NoisePath.fraction(2, 9)).isEqualTo(0.25);
    }

    private static double length(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        return Math.sqrt(sum);
    }
}

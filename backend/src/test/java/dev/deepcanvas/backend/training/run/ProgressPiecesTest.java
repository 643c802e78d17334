package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.backend.results.TaskKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure pieces of the training loop, without Spring or DL4J. */
class ProgressPiecesTest {

    @Test
    void theThrottleLetsOneUpdateThroughPerInterval() {
        ProgressThrottle throttle = new ProgressThrottle(200);
        long ms = 1_000_000L;
        assertThat(throttle.tryPass(0)).isTrue();
        assertThat(throttle.tryPass(50 * ms)).isFalse();
        assertThat(throttle.tryPass(199 * ms)).isFalse();
        assertThat(throttle.tryPass(200 * ms)).isTrue();
        assertThat(throttle.tryPass(250 * ms)).isFalse();
    }

    @Test
    void theEtaFollowsThePaceSinceTheJobStarted() {
        EtaEstimator eta = new EtaEstimator(0, 100, 1100);
        assertThat(eta.secondsLeft(100, 5_000_000_000L)).isNull();
        // 100 iterations in 10 s: 900 left take 90 s.
        assertThat(eta.secondsLeft(200, 10_000_000_000L)).isEqualTo(90L);
    }

    @Test
    void theSamplerAveragesWindowsAndFlushesTheRestAtEpochEnd() {
        IterationSampler sampler = new IterationSampler(120); // windows of 3
        List<IterationSample> samples = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            IterationSample s = sampler.add(i, 1, i);
            if (s != null) {
                samples.add(s);
            }
        }
        samples.add(sampler.flush(7, 1));
        assertThat(samples).containsExactly(new IterationSample(3, 1, 2.0), new IterationSample(6, 1, 5.0),
                new IterationSample(7, 1, 7.0));
        assertThat(sampler.flush(7, 1)).isNull();
    }

    @Test
    void divergenceIsNanInfinityOrAThousandfoldLoss() {
        DivergenceDetector detector = new DivergenceDetector();
        assertThat(detector.check(2.0, 1, 0.1)).isNull();
        assertThat(detector.check(1999.0, 1, 0.1)).isNull();
        assertThat(detector.check(2001.0, 2, 0.1)).contains("epoch 2").contains("try 0.0100");
        assertThat(new DivergenceDetector().check(Double.NaN, 1, 0.5)).contains("NaN");
        assertThat(new DivergenceDetector().check(Double.POSITIVE_INFINITY, 1, 0.5)).contains("infinite");
    }

    @Test
    void theMetricBufferWritesAtEpochEndsOrAfterTenSecondsOfALongEpoch() {
        long s = 1_000_000_000L;
        MetricBuffer buffer = new MetricBuffer(0);
        assertThat(buffer.isDue(20 * s)).isFalse(); // nothing waiting
        buffer.add(new IterationSample(1, 1, 0.5));
        buffer.add(null);
        assertThat(buffer.isDue(9 * s)).isFalse();
        assertThat(buffer.isDue(10 * s)).isTrue();
        assertThat(buffer.drain(10 * s)).containsExactly(new IterationSample(1, 1, 0.5));
        buffer.add(new IterationSample(2, 1, 0.4));
        assertThat(buffer.isDue(19 * s)).isFalse();
        assertThat(buffer.drain(19 * s)).hasSize(1);
        assertThat(buffer.drain(19 * s)).isEmpty();
    }

    @Test
    void theMetricNameFollowsTheTask() {
        assertThat(TaskKind.CLASSIFICATION.metricName()).isEqualTo("accuracy");
        assertThat(TaskKind.REGRESSION.metricName()).isEqualTo("R²");
    }
}

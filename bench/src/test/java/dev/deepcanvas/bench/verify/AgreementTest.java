package dev.deepcanvas.bench.verify;

import dev.deepcanvas.templates.QualityBar.Metric;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementTest {

    private static final Agreement SAME = Agreement.SAME_PROCESSOR;
    private static final Agreement OTHER = Agreement.OTHER_PROCESSOR;

    @Test
    void onTheRecordingProcessorSharesMayDifferByHalfAPoint() {
        assertThat(SAME.disagreement(Metric.ACCURACY, 0.983, 0.9855)).isNull();
        assertThat(SAME.disagreement(Metric.ACCURACY, 0.983, 0.977)).isEqualTo("ACCURACY: recorded 98.3%, "
                + "measured 97.7% (they may differ by 0.5% on the processor that recorded them)");
    }

    @Test
    void onTheRecordingProcessorDistancesMayDifferByTwoPercent() {
        assertThat(SAME.disagreement(Metric.FRECHET_DISTANCE, 10.0, 10.19)).isNull();
        assertThat(SAME.disagreement(Metric.FRECHET_DISTANCE, 10.0, 10.3)).contains("they may differ by 2%");
    }

    @Test
    void anotherProcessorIsAllowedANearbyTrainingPathButNotAnotherResult() {
        assertThat(OTHER.disagreement(Metric.ACCURACY, 0.983, 0.977)).isNull();
        assertThat(OTHER.disagreement(Metric.ACCURACY, 0.983, 0.94)).contains("on another processor");
        assertThat(OTHER.disagreement(Metric.FRECHET_DISTANCE, 20.0, 24.0)).isNull();
        assertThat(OTHER.disagreement(Metric.FRECHET_DISTANCE, 20.0, 30.0)).contains("they may differ by 25%");
    }

    @Test
    void twoRecordedSeedsFarApartWidenTheTolerance() {
        assertThat(SAME.disagreement(Metric.ACCURACY, 0.60, 0.63, 0.04)).isNull();
        assertThat(SAME.disagreement(Metric.ACCURACY, 0.60, 0.66, 0.04)).contains("they may differ by 4.0%");
    }

    @Test
    void theProcessorDecidesTheTolerance() {
        assertThat(Agreement.between("Xeon (AVX-512)", "Xeon (AVX-512)")).isEqualTo(SAME);
        assertThat(Agreement.between("Xeon (AVX-512)", "AMD EPYC 7B13 (AVX2)")).isEqualTo(OTHER);
    }

    @Test
    void aMissingFigureDisagreesWithAPresentOne() {
        assertThat(SAME.disagreement(Metric.R2, Double.NaN, 0.97)).contains("recorded NaN");
        assertThat(SAME.disagreement(Metric.R2, Double.NaN, Double.NaN)).isNull();
    }
}

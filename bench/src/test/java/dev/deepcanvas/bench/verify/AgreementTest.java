package dev.deepcanvas.bench.verify;

import dev.deepcanvas.templates.QualityBar.Metric;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementTest {

    @Test
    void sharesMayDifferByHalfAPoint() {
        assertThat(Agreement.disagreement(Metric.ACCURACY, 0.983, 0.9855)).isNull();
        assertThat(Agreement.disagreement(Metric.ACCURACY, 0.983, 0.977))
                .isEqualTo("ACCURACY: recorded 98.3%, measured 97.7% (they may differ by 0.5%)");
    }

    @Test
    void distancesMayDifferByTwoPercent() {
        assertThat(Agreement.disagreement(Metric.FRECHET_DISTANCE, 10.0, 10.19)).isNull();
        assertThat(Agreement.disagreement(Metric.FRECHET_DISTANCE, 10.0, 10.3)).contains("they may differ by 2%");
    }

    @Test
    void aMissingFigureDisagreesWithAPresentOne() {
        assertThat(Agreement.disagreement(Metric.R2, Double.NaN, 0.97)).contains("recorded NaN");
        assertThat(Agreement.disagreement(Metric.R2, Double.NaN, Double.NaN)).isNull();
    }
}

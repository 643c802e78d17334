package dev.deepcanvas.templates;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QualityBarTest {

    @Test
    void aBarIsMetFromAboveUnlessLowerIsBetter() {
        QualityBar accuracy = new QualityBar(QualityBar.Metric.ACCURACY, 0.97);
        assertThat(accuracy.isMet(0.97)).isTrue();
        assertThat(accuracy.isMet(0.9699)).isFalse();
        QualityBar distance = new QualityBar(QualityBar.Metric.FRECHET_DISTANCE, 5.0);
        assertThat(distance.isMet(4.2)).isTrue();
        assertThat(distance.isMet(5.01)).isFalse();
    }

    @Test
    void theWordsAreMadeFromTheMetricAndTheNumber() {
        assertThat(new QualityBar(QualityBar.Metric.ACCURACY, 0.97).describe()).isEqualTo("≥ 97.0% held-out accuracy");
        assertThat(new QualityBar(QualityBar.Metric.R2, 0.9).describe())
                .isEqualTo("R² on held-out examples ≥ 0.900");
        assertThat(new QualityBar(QualityBar.Metric.RECONSTRUCTION_ERROR, 0.25).describe())
                .isEqualTo("≤ 25.0% of the mean picture's squared error, on held-out pictures");
        assertThat(new QualityBar(QualityBar.Metric.FRECHET_DISTANCE, 5).describe())
                .isEqualTo("Fréchet distance to held-out pictures (the strict judge's features) ≤ 5.000");
    }

    @Test
    void aBarNeedsAFiniteTarget() {
        assertThatThrownBy(() -> new QualityBar(QualityBar.Metric.ACCURACY, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.deepcanvas.backend.quality;

import dev.deepcanvas.templates.QualityBar;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MeasurementTest {

    private static final QualityBar BAR = new QualityBar(QualityBar.Metric.CONFIDENT_SAMPLES, 0.5);
    private static final HeldOutCheck CHECK = new HeldOutCheck(0.99, 0.95, 0.02, Map.of());

    @Test
    void aGanDecidedByTheStrictJudgeIsNotMetByTheTemplateJudgesFigure() {
        Measurement m = gan(0.9, 1.0, new StrictFigures(0.2, 0.0, CHECK, Duration.ZERO), true);
        assertThat(m.deciding()).isEqualTo(0.2);
        assertThat(m.met()).isFalse();
        assertThat(gan(0.1, 1.0, new StrictFigures(0.6, 0.0, CHECK, Duration.ZERO), true).met()).isTrue();
    }

    @Test
    void withoutItsStrictFiguresSuchAGanIsNotMet() {
        assertThat(gan(0.9, 1.0, null, true).met()).isFalse();
    }

    @Test
    void otherwiseTheTemplateJudgesFigureDecidesAndTheStrictOneIsShownOnly() {
        Measurement m = gan(0.6, 0.0, new StrictFigures(0.2, 0.0, CHECK, Duration.ZERO), false);
        assertThat(m.deciding()).isEqualTo(0.6);
        assertThat(m.met()).isTrue();
    }

    @Test
    void aTemplateWithoutAJudgeHasNoNoiseBaseline() {
        Measurement m = Measurement.plain("iris-mlp", 1, new QualityBar(QualityBar.Metric.ACCURACY, 0.95), 0.97,
                Duration.ofSeconds(5), null);
        assertThat(m.judgeOnNoise()).isNaN();
        assertThat(m.strict()).isNull();
        assertThat(m.met()).isTrue();
    }

    private static Measurement gan(double reached, double onNoise, StrictFigures strict, boolean byStrict) {
        return new Measurement("gan", 1, BAR, reached, onNoise, strict, byStrict, Duration.ofMinutes(1), null);
    }
}

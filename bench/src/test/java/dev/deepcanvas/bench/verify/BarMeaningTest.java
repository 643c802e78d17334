package dev.deepcanvas.bench.verify;

import dev.deepcanvas.templates.QualityBar;
import dev.deepcanvas.templates.QualityBar.Metric;
import dev.deepcanvas.templates.Reference;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BarMeaningTest {

    private static final List<QualityBar> BARS = List.of(new QualityBar(Metric.ACCEPTED, 0.5),
            new QualityBar(Metric.CLASS_COVERAGE, 0.05), new QualityBar(Metric.FRECHET_DISTANCE, 10));

    @Test
    void barsThatRealPicturesMeetAndEveryBrokenSetMissesMeanSomething() {
        assertThat(BarMeaning.problems(BARS, List.of(real(0.9, 0.08, 2), broken("collapsed", 0.9, 0.0, 30))))
                .isEmpty();
    }

    @Test
    void aBrokenSetMeetingEveryBarOrRealPicturesMissingOneIsAProblem() {
        assertThat(BarMeaning.problems(BARS, List.of(real(0.9, 0.08, 12), broken("one per class", 0.9, 0.1, 8))))
                .containsExactly("real held-out pictures miss the bars: a perfect generator would fail them",
                        "a broken generator meets every bar: one per class");
        assertThat(BarMeaning.problems(BARS, List.of(broken("noise", 0, 0, 90))))
                .containsExactly("no reference of real held-out pictures");
    }

    private static Reference real(double accepted, double coverage, double distance) {
        return broken(BarMeaning.REAL, accepted, coverage, distance);
    }

    private static Reference broken(String name, double accepted, double coverage, double distance) {
        return new Reference(name, Map.of(Metric.ACCEPTED, accepted, Metric.CLASS_COVERAGE, coverage,
                Metric.FRECHET_DISTANCE, distance));
    }
}

package dev.deepcanvas.app.gallery;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import dev.deepcanvas.templates.QualityBar;
import dev.deepcanvas.templates.QualityBar.Metric;
import dev.deepcanvas.templates.Reference;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;
import dev.deepcanvas.templates.VerifiedResult;
import dev.deepcanvas.templates.VerifiedRun;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A gallery card's promise is the latest verification's, word for word, whether the bars were met or not. */
class VerifiedExpectationTest {

    private static final TemplateCatalog CATALOG = TemplateCatalog.load();

    @Test
    void aTemplateThatMetItsBarSaysReachesWithTheFigureTheTimeAndTheCommit() {
        Template lenet = CATALOG.find("lenet-mnist").orElseThrow();
        VerifiedResult result = result(lenet, 0.983, 21.4, 1.2);
        List<String> texts = texts(VerifiedExpectation.of(lenet, result, null));
        assertThat(texts).containsSubsequence("Reaches ≥ 97.0% held-out accuracy.",
                "✓ reached 98.3% held-out accuracy (training seed 42)",
                "For comparison: always the most frequent class 11.4%.",
                "Trained in 21 s on 2 cores; verified 2026-12-05 at commit 0123456.");
    }

    @Test
    void aTemplateThatMissedABarSaysAimsForAndWhatItReached() {
        Template lenet = CATALOG.find("lenet-mnist").orElseThrow();
        var box = VerifiedExpectation.of(lenet, result(lenet, 0.951, 200, 9.5), null);
        assertThat(box.getClassNames()).contains("gallery-expected-unmet");
        assertThat(texts(box)).containsSubsequence("Aims for ≥ 97.0% held-out accuracy.",
                "✗ reached 95.1% held-out accuracy (training seed 42)",
                "Trained in 3 min 20 s on 2 cores, started at a load average of 9.5 (above its cores, so it may "
                        + "have shared them); verified 2026-12-05 at commit 0123456.");
    }

    @Test
    void aTemplateNeverVerifiedPromisesNothing() {
        Template iris = CATALOG.find("iris-mlp").orElseThrow();
        assertThat(texts(VerifiedExpectation.of(iris, null, null))).containsExactly(
                "Aims for ≥ 95.0% held-out accuracy.", "Not verified yet: bench/verify.sh iris-mlp measures it.");
    }

    @Test
    void aGanNamesBothSeedsItsJudgeAndTheDistancesThatFrameItsOwn() {
        Template gan = CATALOG.find("digit-gan").orElseThrow();
        List<QualityBar> bars = gan.bars();
        List<VerifiedRun> runs = List.of(run(42, bars, 0.7, 0.08, 10.0), run(7, bars, 0.65, 0.06, 12.0));
        VerifiedResult result = new VerifiedResult(gan.id(), bars, runs, List.of(
                new Reference("real held-out pictures", Map.of(Metric.FRECHET_DISTANCE, 4.3)),
                new Reference("uniform noise", Map.of(Metric.FRECHET_DISTANCE, 383.9)),
                new Reference("one picture per class", Map.of(Metric.FRECHET_DISTANCE, 76.4))),
                "digit-gan.png", "0123456789", true, Instant.parse("2026-12-05T12:00:00Z"), "cpu", 2, 0.8);
        List<String> texts = texts(VerifiedExpectation.of(gan, result, "LeNet digits"));
        assertThat(texts).contains("✓ reached 70.0% and 65.0% of samples accepted by the strict judge as the class asked for "
                        + "(training seeds 42 and 7)",
                "Judged on 500 samples from each training seed by a strict judge: the LeNet digits network trained "
                        + "with an extra \"none of these\" class.",
                "For comparison: real held-out pictures: distance 4.300, uniform noise: distance 383.900.");
    }

    private static VerifiedRun run(long seed, List<QualityBar> bars, double accepted, double coverage,
                                   double distance) {
        return new VerifiedRun(seed, 300, Map.of(bars.get(0).metric(), accepted, Metric.CLASS_COVERAGE, coverage,
                Metric.FRECHET_DISTANCE, distance), Map.of());
    }

    private static VerifiedResult result(Template template, double accuracy, double seconds, double load) {
        return new VerifiedResult(template.id(), template.bars(), List.of(new VerifiedRun(42, seconds,
                Map.of(Metric.ACCURACY, accuracy), Map.of())), List.of(new Reference("always the most frequent class",
                Map.of(Metric.ACCURACY, 0.114))), null, "0123456789abcdef", true,
                Instant.parse("2026-12-05T12:00:00Z"), "cpu", 2, load);
    }

    private static List<String> texts(Component root) {
        return descendants(root).filter(c -> c instanceof HasText).map(c -> ((HasText) c).getText())
                .filter(t -> !t.isBlank()).toList();
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(VerifiedExpectationTest::descendants));
    }
}

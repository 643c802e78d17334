package dev.deepcanvas.bench;

import dev.deepcanvas.backend.quality.HeldOutCheck;
import dev.deepcanvas.backend.quality.Measurement;
import dev.deepcanvas.backend.quality.NonExamplePictures;
import dev.deepcanvas.backend.quality.StrictFigures;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BenchTableTest {

    private final TemplateCatalog catalog = TemplateCatalog.load();

    @Test
    void aGanRowShowsBothJudgesWithTheirNoiseBaselinesAndWhichOneDecided() {
        Template dcgan = catalog.find("dcgan-shapes").orElseThrow();
        Measurement m = new Measurement(dcgan.id(), 7, dcgan.bar(), 0.43, 1.0,
                new StrictFigures(0.12, 0.0, new HeldOutCheck(0.992, 0.95, 0.023, Map.of()), Duration.ofSeconds(26)),
                dcgan.strictJudge(), Duration.ofSeconds(754), null);
        assertThat(BenchTable.row(dcgan, m)).isEqualTo("| dcgan-shapes | samples judged with p ≥ 0.9 | ≥ 50.0% | "
                + "43.0% | 100.0% | 12.0% | 0.0% | **no** (by the strict judge) | 12 min 34 s |");
    }

    @Test
    void otherRowsLeaveTheJudgeColumnsEmpty() {
        Template iris = catalog.find("iris-mlp").orElseThrow();
        Measurement m = Measurement.plain(iris.id(), 1, iris.bar(), 1.0, Duration.ofSeconds(5), null);
        assertThat(BenchTable.row(iris, m)).isEqualTo("| iris-mlp | held-out accuracy | ≥ 95.0% | 100.0% | — | — | — "
                + "| yes | 5 s |");
    }

    @Test
    void theStrictJudgeLineSaysWhatItAcceptsPerKind() {
        var strict = new dev.deepcanvas.backend.quality.StrictJudge("shapes-cnn", null,
                new HeldOutCheck(0.992, 0.95, 0.025, Map.of(NonExamplePictures.Kind.UNIFORM_NOISE, 0.0,
                        NonExamplePictures.Kind.BLEND, 0.09)), Duration.ofSeconds(26));
        assertThat(BenchTable.strictJudgeLine(strict)).isEqualTo("strict judge of shapes-cnn (its network + a "
                + "\"none\" class), trained in 26 s: held-out accuracy 99.2%, accepts 95.0% of real held-out pictures "
                + "and 2.5% of held-out non-examples (uniform noise 0%, blend 9%)");
    }
}

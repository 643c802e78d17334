package dev.deepcanvas.bench.verify;

import dev.deepcanvas.templates.QualityBar;
import dev.deepcanvas.templates.QualityBar.Metric;
import dev.deepcanvas.templates.Reference;
import dev.deepcanvas.templates.TemplateCatalog;
import dev.deepcanvas.templates.VerifiedResult;
import dev.deepcanvas.templates.VerifiedRun;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationTableTest {

    private final TemplateCatalog catalog = TemplateCatalog.load();

    @Test
    void aRowPerBarWithEverySeedsFigure() {
        VerifiedResult gan = new VerifiedResult("digit-gan", List.of(new QualityBar(Metric.ACCEPTED, 0.5),
                new QualityBar(Metric.FRECHET_DISTANCE, 4)), List.of(
                new VerifiedRun(42, 301, Map.of(Metric.ACCEPTED, 0.62, Metric.FRECHET_DISTANCE, 3.5), Map.of()),
                new VerifiedRun(7, 299, Map.of(Metric.ACCEPTED, 0.48, Metric.FRECHET_DISTANCE, 3.9), Map.of())),
                List.of(new Reference("uniform noise", Map.of(Metric.ACCEPTED, 0.0, Metric.FRECHET_DISTANCE, 80.0))),
                "digit-gan.png", "abc", true, Instant.EPOCH, "cpu", 2, 1.5);
        String table = VerificationTable.render(catalog, List.of(gan));
        assertThat(table).contains("| digit-gan | ≥ 50.0% of samples accepted by the strict judge | 62.0% (seed 42) "
                + "| 48.0% (seed 7) | **no** | 5 min 01 s | 1.5 |");
        assertThat(table).contains("|  | Fréchet distance to held-out pictures (the strict judge's features) ≤ 4.000 "
                + "| 3.500 (seed 42) | 3.900 (seed 7) | yes |  |  |");
        assertThat(table).contains("| digit-gan | uniform noise | accepted 0.0%, frechet distance 80.000 |");
    }

    @Test
    void timesReadAsSecondsOrMinutes() {
        assertThat(VerificationTable.time(21.4)).isEqualTo("21 s");
        assertThat(VerificationTable.time(125)).isEqualTo("2 min 05 s");
    }
}

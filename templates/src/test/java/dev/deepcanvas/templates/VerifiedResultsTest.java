package dev.deepcanvas.templates;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedResultsTest {

    private static final QualityBar ACCEPTED = new QualityBar(QualityBar.Metric.ACCEPTED, 0.5);
    private static final QualityBar DISTANCE = new QualityBar(QualityBar.Metric.FRECHET_DISTANCE, 5.0);

    @Test
    void whatTheCommandWritesReadsBackTheSame() throws Exception {
        VerifiedResult gan = gan(0.61, 3.2, 0.55, 4.1);
        VerifiedResults results = VerifiedResults.parse("{\"results\": []}").with(gan, TemplateCatalog.load());
        VerifiedResult read = VerifiedResults.parse(results.toJson()).find("digit-gan").orElseThrow();
        assertThat(read).isEqualTo(gan);
        assertThat(read.runs().get(0).breakdown().keySet()).containsExactly("accepted as 0", "accepted as 1");
        assertThat(results.toJson()).contains("\"met\" : true");
    }

    @Test
    void aBarIsMetOnlyWhenEveryRunMeetsIt() {
        assertThat(gan(0.61, 3.2, 0.55, 4.1).met()).isTrue();
        assertThat(gan(0.61, 3.2, 0.45, 4.1).met()).as("the second seed misses the first bar").isFalse();
        assertThat(gan(0.61, 6.2, 0.55, 4.1).met()).as("the first seed misses the distance").isFalse();
    }

    @Test
    void aMissingFigureNeverMeetsItsBar() {
        VerifiedRun run = new VerifiedRun(42, 10, Map.of(QualityBar.Metric.ACCEPTED, 0.9), Map.of());
        assertThat(run.meets(ACCEPTED)).isTrue();
        assertThat(run.meets(DISTANCE)).isFalse();
    }

    @Test
    void entriesFollowTheCatalogsOrder() throws Exception {
        TemplateCatalog catalog = TemplateCatalog.load();
        VerifiedResults results = VerifiedResults.parse("{\"results\": []}")
                .with(plain("lenet-mnist"), catalog).with(plain("iris-mlp"), catalog);
        assertThat(results.all()).extracting(VerifiedResult::templateId).containsExactly("iris-mlp", "lenet-mnist");
    }

    private static VerifiedResult plain(String id) {
        return new VerifiedResult(id, List.of(new QualityBar(QualityBar.Metric.ACCURACY, 0.9)),
                List.of(new VerifiedRun(42, 3.5, Map.of(QualityBar.Metric.ACCURACY, 0.95), Map.of())), List.of(),
                null, "abc", true, Instant.parse("2026-12-05T10:00:00Z"), "cpu", 2, 0.5);
    }

    private static VerifiedResult gan(double accepted1, double distance1, double accepted2, double distance2) {
        Map<String, Double> breakdown = new LinkedHashMap<>();
        breakdown.put("accepted as 0", 0.3);
        breakdown.put("accepted as 1", 0.31);
        return new VerifiedResult("digit-gan", List.of(ACCEPTED, DISTANCE), List.of(
                new VerifiedRun(42, 300.5, Map.of(QualityBar.Metric.ACCEPTED, accepted1,
                        QualityBar.Metric.FRECHET_DISTANCE, distance1), breakdown),
                new VerifiedRun(7, 310.0, Map.of(QualityBar.Metric.ACCEPTED, accepted2,
                        QualityBar.Metric.FRECHET_DISTANCE, distance2), Map.of())),
                List.of(new Reference("uniform noise", Map.of(QualityBar.Metric.ACCEPTED, 0.0))), "digit-gan.png",
                "0123abc", true, Instant.parse("2026-12-05T10:00:00Z"), "Some CPU", 2, 1.25);
    }
}

package dev.deepcanvas.templates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.compile.GraphCompiler;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateCatalogTest {

    private final TemplateCatalog catalog = TemplateCatalog.load();

    @Test
    void everyTemplateIsAValidGraphThatCompiles() throws Exception {
        assertThat(catalog.all()).isNotEmpty();
        for (Template template : catalog.all()) {
            Analysis analysis = new GraphAnalyzer().analyze(template.document());
            assertThat(analysis.problems()).as("problems of template %s", template.id()).isEmpty();
            if (template.family() == Family.GAN) {
                assertThat(new GraphCompiler().compileGan(template.document()).copyPlan()).isNotEmpty();
                assertThat(catalog.find(template.judgeId())).as("judge of %s", template.id()).isPresent();
            } else {
                assertThat(template.judgeId()).as("judge of %s, which is no GAN", template.id()).isNull();
                assertThat(new GraphCompiler().compile(template.document()).configuration()).isNotNull();
            }
        }
    }

    @Test
    void theGalleryCoversTheFourFamiliesAndTheAutoencoder() {
        assertThat(catalog.all()).extracting(Template::id).containsExactly("iris-mlp", "house-prices-mlp",
                "lenet-mnist", "shapes-cnn", "autoencoder-mnist", "sentiment-lstm", "sentiment-bidirectional-gru",
                "char-model", "translation-attention", "image-captioning", "digit-gan", "dcgan-shapes");
        for (Family family : Family.values()) {
            assertThat(catalog.byFamily(family)).as("templates of %s", family).isNotEmpty();
        }
    }

    @Test
    void everyTemplateSaysWhatItTeachesAndWhatItMustReach() {
        for (Template template : catalog.all()) {
            assertThat(template.idea()).as("idea of %s", template.id()).hasSizeGreaterThan(80);
            for (QualityBar bar : template.bars()) {
                assertThat(bar.describe()).as("bar of %s", template.id()).isNotBlank();
                if (bar.metric() != QualityBar.Metric.FRECHET_DISTANCE) {
                    assertThat(bar.target()).as("bar of %s", template.id()).isBetween(0.01, 1.0);
                }
            }
        }
    }

    @Test
    void theCatalogStatesBarsButNeverWhatWasReachedOrHowLongItTook() throws Exception {
        // What a template reached, whether it meets its bars and how long it trains are the verification run's
        // (verified/results.json), never typed into the catalog.
        Set<String> allowed = Set.of("id", "title", "family", "idea", "datasetId", "bars", "judgeId");
        try (InputStream in = TemplateCatalog.class.getResourceAsStream("/dev/deepcanvas/templates/catalog.json")) {
            for (JsonNode entry : new ObjectMapper().readTree(in)) {
                List<String> fields = new ArrayList<>();
                entry.fieldNames().forEachRemaining(fields::add);
                assertThat(fields).as("fields of %s", entry.path("id").asText()).isSubsetOf(allowed);
                for (JsonNode bar : entry.path("bars")) {
                    List<String> barFields = new ArrayList<>();
                    bar.fieldNames().forEachRemaining(barFields::add);
                    assertThat(barFields).containsExactlyInAnyOrder("metric", "target");
                }
            }
        }
    }

    @Test
    void theGansAreJudgedOnTheClassAskedForOnCoverageAndOnTheirDistanceToRealPictures() {
        Template dcgan = catalog.find("dcgan-shapes").orElseThrow();
        assertThat(dcgan.bars()).extracting(QualityBar::metric).containsExactly(
                QualityBar.Metric.ACCEPTED_AS_ASKED, QualityBar.Metric.CLASS_COVERAGE,
                QualityBar.Metric.COLOUR_COVERAGE, QualityBar.Metric.FRECHET_DISTANCE);
        Template digits = catalog.find("digit-gan").orElseThrow();
        assertThat(digits.bars()).extracting(QualityBar::metric).containsExactly(
                QualityBar.Metric.ACCEPTED_AS_ASKED, QualityBar.Metric.CLASS_COVERAGE,
                QualityBar.Metric.FRECHET_DISTANCE);
        // every class drawn (accepted as that class) in at least 5% of the samples
        for (Template gan : List.of(dcgan, digits)) {
            assertThat(gan.bars()).contains(new QualityBar(QualityBar.Metric.CLASS_COVERAGE, 0.05));
        }
    }

    @Test
    void theCharacterModelIsJudgedOnHeldOutTextAndItsCardSaysExactlyThat() {
        QualityBar bar = catalog.find("char-model").orElseThrow().headline();
        assertThat(bar.metric()).isEqualTo(QualityBar.Metric.CHARACTER_ACCURACY);
        assertThat(bar.describe()).isEqualTo("≥ " + bar.metric().format(bar.target())
                + " of held-out next characters predicted right");
    }

    @Test
    void everyTemplateHasAVerifiedResultMeasuredAgainstItsCurrentBars() {
        VerifiedResults results = VerifiedResults.load();
        // every unverified template named at once, so that one command records them all
        List<String> unverified = catalog.all().stream().map(Template::id)
                .filter(id -> results.find(id).isEmpty()).toList();
        assertThat(unverified).as("templates without a verified result: run %s %s", VerifiedResults.COMMAND,
                String.join(" ", unverified)).isEmpty();
        for (Template template : catalog.all()) {
            VerifiedResult result = results.find(template.id()).orElseThrow();
            assertThat(result.bars()).as("the bars %s was verified against (re-measure with %s %s)",
                    template.id(), VerifiedResults.COMMAND, template.id()).isEqualTo(template.bars());
            boolean drawsPictures = template.family() == Family.GAN || template.id().equals("autoencoder-mnist");
            if (drawsPictures) {
                assertThat(VerifiedResults.picture(result.samples())).as("samples of %s", template.id()).isPresent();
            }
        }
        assertThat(results.all()).extracting(VerifiedResult::templateId)
                .as("results of templates that are no longer in the catalog")
                .allMatch(id -> catalog.find(id).isPresent());
    }

    @Test
    void nodesAreLaidOutLeftToRightWithoutOverlapping() {
        for (Template template : catalog.all()) {
            var nodes = template.document().nodes();
            for (int i = 0; i < nodes.size(); i++) {
                for (int j = i + 1; j < nodes.size(); j++) {
                    var a = nodes.get(i).position();
                    var b = nodes.get(j).position();
                    assertThat(Math.abs(a.x() - b.x()) >= 150 || Math.abs(a.y() - b.y()) >= 100)
                            .as("%s: %s and %s overlap", template.id(), nodes.get(i).id(), nodes.get(j).id()).isTrue();
                }
            }
            for (var edge : template.document().edges()) {
                var from = template.document().node(edge.source()).orElseThrow().position();
                var to = template.document().node(edge.target()).orElseThrow().position();
                assertThat(to.x()).as("%s: edge %s runs left to right", template.id(), edge.id())
                        .isGreaterThan(from.x());
            }
        }
    }

    @Test
    void theIrisTemplateIsTheSkeletonGraph() {
        Template iris = catalog.find("iris-mlp").orElseThrow();
        assertThat(iris.family()).isEqualTo(Family.MLP);
        assertThat(iris.datasetId()).isEqualTo("iris");
        assertThat(iris.document().nodes()).extracting(n -> n.type()).containsExactly("Input", "Dense", "Output");
        Analysis analysis = new GraphAnalyzer().analyze(iris.document());
        assertThat(analysis.totalParams()).isEqualTo(4 * 16 + 16 + 16 * 3 + 3);
    }

    @Test
    void unknownIdsAreAbsent() {
        assertThat(catalog.find("no-such-template")).isEmpty();
    }
}

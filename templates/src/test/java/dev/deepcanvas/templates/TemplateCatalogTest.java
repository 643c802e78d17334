package dev.deepcanvas.templates;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.compile.GraphCompiler;
import org.junit.jupiter.api.Test;

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
                assertThat(template.strictJudge()).as("strict judge of %s, which has no judge", template.id())
                        .isFalse();
                assertThat(new GraphCompiler().compile(template.document()).configuration()).isNotNull();
            }
        }
    }

    @Test
    void theGalleryCoversTheFourFamiliesWithTheIssueSixTemplates() {
        assertThat(catalog.all()).extracting(Template::id).containsExactly("iris-mlp", "house-prices-mlp",
                "lenet-mnist", "shapes-cnn", "sentiment-lstm", "sentiment-bidirectional-gru", "char-model",
                "translation-attention", "image-captioning", "digit-gan", "dcgan-shapes");
        for (Family family : Family.values()) {
            assertThat(catalog.byFamily(family)).as("templates of %s", family).isNotEmpty();
        }
    }

    @Test
    void everyTemplateSaysWhatItTeachesAndWhatItReaches() {
        for (Template template : catalog.all()) {
            assertThat(template.idea()).as("idea of %s", template.id()).hasSizeGreaterThan(80);
            assertThat(template.expectedResult()).isNotBlank();
            assertThat(template.expectedTime()).isNotBlank();
            assertThat(template.bar().target()).as("bar of %s", template.id()).isBetween(0.1, 1.0);
        }
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
    void theShapesGanIsDecidedByTheStrictJudgeBecauseTheShapesCnnIsConfidentOnNoise() {
        Template dcgan = catalog.find("dcgan-shapes").orElseThrow();
        assertThat(dcgan.strictJudge()).isTrue();
        assertThat(dcgan.expectedResult()).contains("strict").contains("no shape");
        assertThat(catalog.find("digit-gan").orElseThrow().strictJudge()).isFalse();
    }

    @Test
    void everyTemplateMeetsItsBar() {
        // bench/README.md: the last template to fall short, the DCGAN of shapes, reached 51% against 50% once it
        // became conditional (fifth round)
        for (Template template : catalog.all()) {
            assertThat(template.meetsItsBar()).as("%s meets its bar", template.id()).isTrue();
            assertThat(template.reachedInstead()).isNull();
        }
    }

    @Test
    void aTemplateThatFallsShortSaysWhatItReachedInstead() {
        Template dcgan = catalog.find("dcgan-shapes").orElseThrow();
        Template shortOfIt = new Template(dcgan.id(), dcgan.title(), dcgan.family(), dcgan.idea(), dcgan.datasetId(),
                dcgan.expectedResult(), dcgan.expectedTime(), dcgan.bar(), dcgan.judgeId(), dcgan.strictJudge(),
                "39%", dcgan.document());
        assertThat(shortOfIt.meetsItsBar()).isFalse();
    }

    @Test
    void unknownIdsAreAbsent() {
        assertThat(catalog.find("no-such-template")).isEmpty();
    }
}

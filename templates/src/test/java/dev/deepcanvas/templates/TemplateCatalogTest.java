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
            assertThat(new GraphCompiler().compile(template.document()).configuration()).isNotNull();
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

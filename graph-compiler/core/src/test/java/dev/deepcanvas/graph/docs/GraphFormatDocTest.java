package dev.deepcanvas.graph.docs;

import dev.deepcanvas.graph.analysis.AnalysisLimits;
import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/graph-format.md names every layer type and every problem code (GraphFormatDocExamplesTest checks its
 * examples).
 */
class GraphFormatDocTest {

    private static final Path DOC = Path.of("..", "..", "docs", "graph-format.md");

    @Test
    void vocabularyTableNamesEveryLayerType() throws Exception {
        String markdown = Files.readString(DOC);
        for (LayerType t : LayerCatalog.types()) {
            assertThat(markdown).as(t.type()).contains("`" + t.type() + "`");
        }
    }

    @Test
    void problemTablesExplainEveryCode() throws Exception {
        String markdown = Files.readString(DOC);
        String problems = markdown.substring(markdown.indexOf("## Problems"));
        for (ProblemCode code : ProblemCode.values()) {
            assertThat(problems).as(code.name()).containsPattern("[|/] `" + code.name() + "` [|/]");
        }
    }

    @Test
    void limitsTableNamesEveryDefault() throws Exception {
        String markdown = Files.readString(DOC);
        AnalysisLimits d = AnalysisLimits.defaults();
        assertThat(markdown).contains(String.format(Locale.ROOT, "| %,d |", d.maxNodes()))
                .contains(String.format(Locale.ROOT, "| %,d |", d.maxParams()))
                .contains(String.format(Locale.ROOT, "| %,d |", d.maxMultiplyAdds()))
                .contains(String.format(Locale.ROOT, "| %,d |", d.maxRecurrentSteps()))
                .contains("| " + (d.maxActivationBytes() >> 30) + " GiB |");
    }
}

package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.testing.DocExamples;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/graph-format.md stays true: its examples parse, are valid and compile. */
class GraphFormatDocExamplesTest {

    private static final Path DOC = Path.of("..", "..", "docs", "graph-format.md");

    private static List<String> jsonBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void examplesParseValidateAndCompile() throws Exception {
        List<String> blocks = jsonBlocks(Files.readString(DOC));
        List<GraphDocument> expected = new ArrayList<>(DocExamples.all().values());
        assertThat(blocks).hasSize(expected.size());
        GraphCompiler compiler = new GraphCompiler();
        for (int i = 0; i < blocks.size(); i++) {
            GraphDocument doc = GraphJson.parse(blocks.get(i));
            assertThat(new GraphAnalyzer().analyze(doc).problems()).as(doc.name()).isEmpty();
            assertThat(doc).as(doc.name()).isEqualTo(expected.get(i));
            if (GanBlocks.isGan(doc)) {
                assertThat(compiler.compileGan(doc).combined()).isNotNull();
            } else {
                assertThat(compiler.compile(doc).configuration()).isNotNull();
            }
        }
    }
}

package dev.deepcanvas.graph.docs;

import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/graph-format.md names every layer type (GraphFormatDocExamplesTest checks its examples). */
class GraphFormatDocTest {

    private static final Path DOC = Path.of("..", "..", "docs", "graph-format.md");

    @Test
    void vocabularyTableNamesEveryLayerType() throws Exception {
        String markdown = Files.readString(DOC);
        for (LayerType t : LayerCatalog.types()) {
            assertThat(markdown).as(t.type()).contains("`" + t.type() + "`");
        }
    }
}

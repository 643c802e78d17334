package dev.deepcanvas.graph.export;

import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.BenchmarkGraphs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Compile and export stay interactive for large graphs (the editor offers both as buttons). */
class LargeGraphExportTest {

    @Test
    void thousandNodeGraphCompilesAndExportsQuickly() throws Exception {
        GraphDocument doc = BenchmarkGraphs.residualCnn(1000);
        new GraphCompiler().compile(BenchmarkGraphs.residualCnn(20)); // warm up class loading and reflection
        long start = System.nanoTime();
        assertThat(new GraphCompiler().compile(doc).configuration().getVertices()).hasSize(999);
        double compileSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        String source = new JavaExporter().export(doc, null, "Big");
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(source).contains(".addLayer(\"c240\"");
        // Generous bounds for a loaded 2-core machine; a quadratic export took 9 s here before it was made linear.
        assertThat(compileSeconds).isLessThan(8.0);
        assertThat(exportSeconds).isLessThan(4.0);
    }
}

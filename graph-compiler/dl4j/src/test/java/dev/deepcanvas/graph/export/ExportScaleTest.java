package dev.deepcanvas.graph.export;

import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.testing.InMemoryJavac;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.G;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exported Java compiles for graphs of any size the analyzer accepts (issue 20, defect 5: javac overflowed its stack
 * on one builder chain of about 800 nodes). A graph of 3,100 nodes (a chain of 2,500 layers and a merge of 600
 * network inputs) covers each way code could grow in one place (statements per method and per class, array
 * elements); javac compiles it in seconds. {@code -Dexport.nodes=20000} (bench/compiler-fuzz.sh) compiles one at the
 * analyzer's node limit.
 */
class ExportScaleTest {

    private final GraphCompiler compiler = new GraphCompiler();

    /** A chain of {@code chain} Dense layers on one branch, and a merge of {@code inputs} inputs on another. */
    static GraphDocument wide(int chain, int inputs) {
        G g = G.graph().node("in", "Input", "size", 2);
        String previous = "in";
        for (int i = 0; i < chain; i++) {
            g.node("d" + i, "Dense", "units", 2, "activation", "identity");
            g.edge(previous, "d" + i);
            previous = "d" + i;
        }
        g.node("merge", "Concatenate");
        g.edge(previous, "merge", 0);
        for (int i = 1; i < inputs; i++) {
            g.node("x" + i, "Input", "size", 1);
            g.edge("x" + i, "merge", i);
        }
        return g.node("out", "Output", "units", 2).edge("merge", "out").doc();
    }

    @Test
    void aLargeGraphExportsToJavaThatCompilesAndRebuildsItsConfiguration() throws Exception {
        int nodes = Integer.getInteger("export.nodes", 3100);
        int inputs = Math.max(2, nodes / 5);
        GraphDocument doc = wide(nodes - inputs - 2, inputs);
        assertThat(doc.nodes()).hasSize(nodes);
        String source = new JavaExporter(compiler).export(doc, "big", "BigModel");
        Class<?> cls = InMemoryJavac.compile("big.BigModel", source);
        ComputationGraphConfiguration rebuilt = (ComputationGraphConfiguration) cls.getMethod("configuration")
                .invoke(null);
        assertThat(rebuilt).isEqualTo(compiler.compile(doc).configuration());
        assertThat(source).contains("private static final class BigModelPart1").contains("BigModel.array1()");
    }

    @Test
    void aSmallGraphStillReadsLikeHandWrittenDl4j() throws Exception {
        String source = new JavaExporter(compiler).export(G.skeleton(), null, "Iris");
        assertThat(source).contains("        builder.addLayer(\"hidden\", new DenseLayer.Builder().nOut(16)")
                .doesNotContain("Part1").doesNotContain("array1");
    }
}

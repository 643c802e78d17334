package dev.deepcanvas.graph.contract;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.NodeInfo;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.compile.CompiledGraph;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.testing.InMemoryJavac;
import dev.deepcanvas.graph.compile.testing.Nets;
import dev.deepcanvas.graph.dl4j.FastTraining;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.export.JavaExporter;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.Role;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The compiler's promise for one document, checked: the analyzer either reports a problem, or DL4J builds the graph
 * the way the app trains it ({@code new ComputationGraph}, {@code init}, {@link FastTraining#prepare}) and runs one
 * forward pass and one training step on a batch of 2 without an exception, with every activation of the inferred
 * shape and every vertex of the inferred parameter count, then a step on a batch of one sample (a dataset's last
 * batch can be that small). On the way: the analyzer never fails (no INTERNAL), the
 * document survives a JSON round trip with the same verdict, and the Java exporter prints the accepted graph (and,
 * when asked, the printed class compiles and rebuilds the same configuration).
 */
final class Contract {

    /** What happened to one document. */
    enum Verdict { REFUSED, TRAINED }

    private static final int BATCH = 2;

    private final GraphAnalyzer analyzer = new GraphAnalyzer();
    private final GraphCompiler compiler = new GraphCompiler(analyzer);
    private final JavaExporter exporter = new JavaExporter(compiler);

    /**
     * @param compileExport whether to compile the exported Java in memory too (about a second each)
     * @throws AssertionError or DL4J's exception when the promise is broken
     */
    Verdict check(GraphDocument doc, boolean compileExport) throws Exception {
        Analysis a = analyzer.analyze(doc);
        require(a.problems().stream().noneMatch(p -> p.code() == ProblemCode.INTERNAL),
                "the analyzer failed: " + a.problems());
        checkRoundTrip(doc, a);
        if (!a.isValid()) {
            return Verdict.REFUSED;
        }
        CompiledGraph compiled = compiler.compile(doc);
        Nd4j.getRandom().setSeed(doc.training().seed());
        ComputationGraph net = new ComputationGraph(compiled.configuration());
        net.init();
        FastTraining.prepare(net);
        // ComputationGraph.numParams() skips parameterised vertices (AttentionVertex); the flat vector has them all.
        require(net.params().length() == a.totalParams(), "DL4J has " + net.params().length()
                + " parameters, the analyzer counts " + a.totalParams());
        for (NodeInfo info : a.nodes().values()) {
            if (!isInput(doc, info.nodeId())) {
                long theirs = net.getVertex(info.nodeId()).numParams();
                require(theirs == info.params(), "DL4J gives " + info.nodeId() + " " + theirs
                        + " parameters, the analyzer " + info.params());
            }
        }
        Random rnd = new Random(doc.training().seed());
        MultiDataSet data = Nets.batch(doc, compiled, a, BATCH, rnd);
        Map<String, INDArray> activations = net.feedForward(data.getFeatures(), false);
        for (NodeInfo info : a.nodes().values()) {
            long[] expected = Nets.dl4jShape(info.outputShape(), BATCH);
            long[] actual = activations.get(info.nodeId()).shape();
            require(Arrays.equals(expected, actual), "the activation of " + info.nodeId() + " is "
                    + Arrays.toString(actual) + " in DL4J, the analyzer infers " + info.outputShape() + " = "
                    + Arrays.toString(expected));
        }
        net.fit(data);
        require(Double.isFinite(net.score()), "the training step's loss is " + net.score());
        // A dataset's last batch may hold a single sample: the network must train on that too.
        net.fit(Nets.batch(doc, compiled, a, 1, rnd));
        require(Double.isFinite(net.score()), "the loss of a training step on one sample is " + net.score());
        String source = exporter.export(doc, "contract", "Exported");
        require(source.contains("class Exported"), "the export printed no class");
        if (compileExport) {
            Class<?> cls = InMemoryJavac.compile("contract.Exported", source);
            ComputationGraphConfiguration rebuilt = (ComputationGraphConfiguration) cls.getMethod("configuration")
                    .invoke(null);
            // FastTraining set the cache mode on the network's configuration: compare with a fresh compile.
            require(rebuilt.equals(compiler.compile(doc).configuration()),
                    "the exported class builds another configuration");
        }
        return Verdict.TRAINED;
    }

    /** Written and read back, a document is judged alike (values such as NaN may change form, not meaning). */
    private void checkRoundTrip(GraphDocument doc, Analysis a) throws Exception {
        GraphDocument back = GraphJson.parse(GraphJson.write(doc));
        Analysis b = analyzer.analyze(back);
        require(codes(a).equals(codes(b)), "after a JSON round trip the problems are " + b.problems()
                + " instead of " + a.problems());
    }

    private static List<String> codes(Analysis a) {
        return a.problems().stream().map(p -> p.code() + "@" + p.nodeId()).sorted().toList();
    }

    private static boolean isInput(GraphDocument doc, String id) {
        return LayerCatalog.find(doc.node(id).orElseThrow().type()).map(LayerType::role).orElse(Role.HIDDEN)
                == Role.INPUT;
    }

    private static void require(boolean ok, String broken) {
        if (!ok) {
            throw new AssertionError(broken);
        }
    }

    /** The problems as one line each, for a report. */
    static String describe(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        problems.forEach(p -> sb.append("\n  ").append(p));
        return sb.toString();
    }
}

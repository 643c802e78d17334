package dev.deepcanvas.graph.contract;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.NodeInfo;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.compile.CompiledGan;
import dev.deepcanvas.graph.compile.CompiledGraph;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.testing.InMemoryJavac;
import dev.deepcanvas.graph.compile.testing.Nets;
import dev.deepcanvas.graph.dl4j.FastTraining;
import dev.deepcanvas.graph.dl4j.TransposedConvolution;
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
import java.util.HashMap;
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

    /**
     * The same promise for a GAN document, checked the way the GAN trainer uses the three networks: the generator
     * draws a batch in training mode, the discriminator takes a step on real and drawn samples, the combined network
     * a step on noise, with the parameter copies between them; every vertex has the inferred parameter count and the
     * generator's samples the inferred shape.
     */
    Verdict checkGan(GraphDocument doc) throws Exception {
        Analysis a = analyzer.analyze(doc);
        require(a.problems().stream().noneMatch(p -> p.code() == ProblemCode.INTERNAL),
                "the analyzer failed: " + a.problems());
        checkRoundTrip(doc, a);
        if (!a.isValid()) {
            return Verdict.REFUSED;
        }
        CompiledGan gan = compiler.compileGan(doc);
        Nd4j.getRandom().setSeed(doc.training().seed());
        ComputationGraph g = init(gan.generator());
        TransposedConvolution.install(g);
        ComputationGraph d = FastTraining.prepare(init(gan.discriminator()));
        ComputationGraph gd = FastTraining.prepare(init(gan.combined()));
        CompiledGan.apply(gan.afterGeneratorStep(), g, d, gd);
        for (ComputationGraph net : List.of(g, d, gd)) {
            for (String vertex : net.getConfiguration().getVertices().keySet()) {
                NodeInfo info = a.nodes().get(vertex);
                if (info != null && !isInput(doc, vertex)) {
                    require(net.getVertex(vertex).numParams() == info.params(), "DL4J gives " + vertex + " "
                            + net.getVertex(vertex).numParams() + " parameters, the analyzer " + info.params());
                }
            }
        }
        GanBlocks b = gan.blocks();
        Random rnd = new Random(doc.training().seed());
        int classes = b.conditional() ? (int) a.shapeOf(b.generatorClassInput()).size() : 0;
        Map<String, INDArray> drawn = new HashMap<>();
        drawn.put(b.noiseInput(), Nd4j.randn(BATCH, a.shapeOf(b.noiseInput()).size()));
        INDArray asked = b.conditional() ? oneHot(BATCH, classes, rnd) : null;
        if (asked != null) {
            drawn.put(b.generatorClassInput(), asked);
        }
        INDArray fake = g.output(true, byName(gan.generator().inputNames(), drawn))[0];
        long[] sample = Nets.dl4jShape(a.shapeOf(b.generatorOutput()), BATCH);
        require(Arrays.equals(fake.shape(), sample), "the generator draws " + Arrays.toString(fake.shape())
                + ", the analyzer infers " + Arrays.toString(sample));
        Map<String, INDArray> judged = new HashMap<>();
        judged.put(b.discriminatorInput(), Nd4j.concat(0,
                Nets.features(a.shapeOf(b.discriminatorInput()), BATCH, rnd), fake));
        Map<String, INDArray> truth = new HashMap<>();
        truth.put(b.discriminatorOutput(), Nd4j.concat(0, Nd4j.ones(BATCH, 1), Nd4j.zeros(BATCH, 1)));
        if (b.conditional()) {
            INDArray both = Nd4j.concat(0, oneHot(BATCH, classes, rnd), asked);
            if (b.discriminatorClassInput() != null) {
                judged.put(b.discriminatorClassInput(), both);
            }
            if (b.discriminatorClassOutput() != null) {
                truth.put(b.discriminatorClassOutput(), both);
            }
        }
        d.fit(new MultiDataSet(byName(gan.discriminator().inputNames(), judged),
                byName(gan.discriminator().outputNames(), truth)));
        require(Double.isFinite(d.score()), "the discriminator's loss is " + d.score());
        CompiledGan.apply(gan.beforeGeneratorStep(), g, d, gd);
        Map<String, INDArray> hoped = new HashMap<>();
        hoped.put(b.discriminatorOutput(), Nd4j.ones(BATCH, 1));
        if (b.discriminatorClassOutput() != null) {
            hoped.put(b.discriminatorClassOutput(), asked);
        }
        gd.fit(new MultiDataSet(byName(gan.combined().inputNames(), drawn),
                byName(gan.combined().outputNames(), hoped)));
        require(Double.isFinite(gd.score()), "the generator's loss is " + gd.score());
        CompiledGan.apply(gan.afterGeneratorStep(), g, d, gd);
        require(exporter.export(doc, "contract", "ExportedGan").contains("class ExportedGan"),
                "the export printed no class");
        return Verdict.TRAINED;
    }

    private static ComputationGraph init(CompiledGraph compiled) {
        ComputationGraph net = new ComputationGraph(compiled.configuration());
        net.init();
        return net;
    }

    private static INDArray oneHot(int rows, int classes, Random rnd) {
        INDArray y = Nd4j.zeros(rows, classes);
        for (int i = 0; i < rows; i++) {
            y.putScalar(i, rnd.nextInt(classes), 1.0);
        }
        return y;
    }

    /** The arrays in the order a network takes them, by node id. */
    private static INDArray[] byName(List<String> names, Map<String, INDArray> arrays) {
        INDArray[] out = new INDArray[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = arrays.get(names.get(i));
            require(out[i] != null, "nothing to feed to " + names.get(i));
        }
        return out;
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
}

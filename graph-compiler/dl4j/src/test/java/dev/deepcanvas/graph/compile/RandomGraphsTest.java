package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.NodeInfo;
import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.compile.testing.Nets;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.export.JavaExporter;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.ParamSpec;
import dev.deepcanvas.graph.layers.Role;
import dev.deepcanvas.graph.testing.G;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random small graphs from the whole vocabulary with random parameters: the analyzer never throws, and whatever it
 * accepts DL4J accepts too, with the same shapes and parameter counts, and the Java exporter prints. This is what
 * guarantees that the palette never offers a combination that crashes at compile or training time.
 */
@ExtendWith(NativeBackendConfigured.class)
class RandomGraphsTest {

    private static final List<String> INPUTS = List.of("Input", "ImageInput", "SequenceInput", "TokenInput");

    private final GraphAnalyzer analyzer = new GraphAnalyzer();
    private final GraphCompiler compiler = new GraphCompiler(analyzer);
    private final JavaExporter exporter = new JavaExporter(compiler);

    @Test
    void acceptedGraphsCompileInitialiseAndRun() throws Exception {
        // Fixed seed for a reproducible build; -DrandomGraphs.seed=… -DrandomGraphs.count=… to explore further.
        Random rnd = new Random(Long.getLong("randomGraphs.seed", 20240601L));
        int wanted = Integer.getInteger("randomGraphs.count", 40);
        List<LayerType> hidden = LayerCatalog.types().stream()
                .filter(t -> t.role() == Role.HIDDEN && t.arity().min() <= 1).toList();
        int accepted = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 40 * wanted && accepted < wanted; i++) {
            GraphDocument doc = randomGraph(rnd, hidden);
            Analysis a = analyzer.analyze(doc);
            assertThat(a.problems()).noneMatch(p -> p.code() == ProblemCode.INTERNAL);
            if (!a.isValid()) {
                continue;
            }
            accepted++;
            try {
                check(doc, a, rnd);
            } catch (Throwable e) {
                failures.add(describe(doc) + " → " + e);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(accepted).isGreaterThanOrEqualTo(wanted / 2);
    }

    @Test
    void acceptedBranchingGraphsCompileInitialiseAndRun() throws Exception {
        Random rnd = new Random(Long.getLong("randomGraphs.seed", 7L));
        int wanted = Integer.getInteger("randomGraphs.count", 30);
        List<LayerType> hidden = LayerCatalog.types().stream().filter(t -> t.role() == Role.HIDDEN).toList();
        int accepted = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 200 * wanted && accepted < wanted; i++) {
            GraphDocument doc = randomDag(rnd, hidden);
            Analysis a = analyzer.analyze(doc);
            assertThat(a.problems()).noneMatch(p -> p.code() == ProblemCode.INTERNAL);
            if (!a.isValid()) {
                continue;
            }
            accepted++;
            try {
                check(doc, a, rnd);
            } catch (Throwable e) {
                failures.add(describe(doc) + " edges " + doc.edges() + " → " + e);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(accepted).isGreaterThanOrEqualTo(wanted / 2);
    }

    /** One or two inputs, then nodes fed by random earlier nodes; loose ends are concatenated before the output. */
    private static GraphDocument randomDag(Random rnd, List<LayerType> hidden) {
        G g = G.graph();
        List<String> ids = new ArrayList<>();
        int inputs = 1 + rnd.nextInt(2);
        String kind = INPUTS.get(rnd.nextInt(INPUTS.size()));
        for (int k = 0; k < inputs; k++) {
            String id = "in" + k;
            switch (kind) {
                case "Input" -> g.node(id, kind, "size", 2 + rnd.nextInt(4));
                case "ImageInput" -> g.node(id, kind, "height", 5 + rnd.nextInt(3), "width", 5 + rnd.nextInt(3),
                        "channels", 2);
                case "SequenceInput" -> g.node(id, kind, "length", 3 + rnd.nextInt(3), "features", 2 + rnd.nextInt(3));
                default -> g.node(id, kind, "vocabulary", 8, "length", 3 + rnd.nextInt(3));
            }
            ids.add(id);
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        int layers = 2 + rnd.nextInt(5);
        for (int k = 0; k < layers; k++) {
            LayerType t = hidden.get(rnd.nextInt(hidden.size()));
            String id = "n" + k;
            g.node(id, t.type(), randomParams(t, rnd));
            int fanIn = t.arity().min() + rnd.nextInt(Math.min(t.arity().max(), 3) - t.arity().min() + 1);
            for (int port = 0; port < fanIn; port++) {
                String src = ids.get(rnd.nextInt(ids.size()));
                g.edge(src, id, port);
                used.add(src);
            }
            ids.add(id);
        }
        List<String> sinks = ids.stream().filter(id -> !used.contains(id)).toList();
        String last;
        if (sinks.size() == 1) {
            last = sinks.get(0);
        } else {
            g.node("join", "Concatenate");
            for (int port = 0; port < sinks.size(); port++) {
                g.edge(sinks.get(port), "join", port);
            }
            last = "join";
        }
        g.node("out", rnd.nextBoolean() ? "Output" : "RnnOutput", "units", 2 + rnd.nextInt(3));
        g.edge(last, "out");
        return g.doc();
    }

    private void check(GraphDocument doc, Analysis a, Random rnd) throws Exception {
        CompiledGraph compiled = compiler.compile(doc);
        ComputationGraph net = new ComputationGraph(compiled.configuration());
        net.init();
        for (NodeInfo info : a.nodes().values()) {
            if (LayerCatalog.find(doc.node(info.nodeId()).orElseThrow().type()).orElseThrow().role() != Role.INPUT) {
                assertThat(net.getVertex(info.nodeId()).numParams()).as("params of " + info.nodeId())
                        .isEqualTo(info.params());
            }
        }
        MultiDataSet data = Nets.batch(doc, compiled, a, 2, rnd);
        Map<String, INDArray> acts = net.feedForward(data.getFeatures(), false);
        for (NodeInfo info : a.nodes().values()) {
            assertThat(acts.get(info.nodeId()).shape()).as("shape of " + info.nodeId() + " " + info.outputShape())
                    .isEqualTo(Nets.dl4jShape(info.outputShape(), 2));
        }
        net.fit(data);
        assertThat(Double.isFinite(net.score())).isTrue();
        // every recipe step of every mapping branch names its method, so the export can print it
        assertThat(exporter.export(doc, null, "RandomGraph")).contains("class RandomGraph");
    }

    private static GraphDocument randomGraph(Random rnd, List<LayerType> hidden) {
        G g = G.graph();
        String input = INPUTS.get(rnd.nextInt(INPUTS.size()));
        switch (input) {
            case "Input" -> g.node("n0", input, "size", 2 + rnd.nextInt(6));
            case "ImageInput" -> g.node("n0", input, "height", 4 + rnd.nextInt(5), "width", 4 + rnd.nextInt(5),
                    "channels", 1 + rnd.nextInt(3));
            case "SequenceInput" -> g.node("n0", input, "length", 2 + rnd.nextInt(5), "features", 1 + rnd.nextInt(4));
            default -> g.node("n0", input, "vocabulary", 5 + rnd.nextInt(10), "length", 1 + rnd.nextInt(5));
        }
        int layers = 1 + rnd.nextInt(5);
        String prev = "n0";
        for (int k = 1; k <= layers; k++) {
            LayerType t = hidden.get(rnd.nextInt(hidden.size()));
            String id = "n" + k;
            g.node(id, t.type(), randomParams(t, rnd));
            g.edge(prev, id);
            prev = id;
        }
        if (rnd.nextBoolean()) {
            g.node("out", "Output", "units", 2 + rnd.nextInt(3));
        } else {
            g.node("out", "RnnOutput", "units", 2 + rnd.nextInt(3));
        }
        g.edge(prev, "out");
        return g.doc();
    }

    private static Object[] randomParams(LayerType t, Random rnd) {
        List<Object> kv = new ArrayList<>();
        for (ParamSpec p : t.params()) {
            if (rnd.nextInt(3) == 0) {
                continue; // keep the default
            }
            Object v = switch (p.kind()) {
                case INT -> Math.max(p.min().intValue(), Math.min(p.max().intValue(), rnd.nextInt(4)));
                case DOUBLE -> Math.max(p.min(), Math.min(p.max(), rnd.nextDouble() * 0.9));
                case ENUM -> p.options().get(rnd.nextInt(p.options().size()));
                case BOOLEAN -> rnd.nextBoolean();
                case INT_LIST -> {
                    int size = 1 + rnd.nextInt(2);
                    List<Integer> list = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        list.add(Math.max(p.min().intValue(), 1 + rnd.nextInt(3)));
                    }
                    yield list;
                }
            };
            kv.add(p.name());
            kv.add(v);
        }
        return kv.toArray();
    }

    private static String describe(GraphDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (GraphNode n : doc.nodes()) {
            sb.append(sb.isEmpty() ? "" : " → ").append(n.type()).append(n.params());
        }
        return sb.toString();
    }
}

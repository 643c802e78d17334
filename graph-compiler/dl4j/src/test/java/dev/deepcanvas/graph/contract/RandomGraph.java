package dev.deepcanvas.graph.contract;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.document.Position;
import dev.deepcanvas.graph.document.TrainingSettings;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.Losses;
import dev.deepcanvas.graph.layers.ParamSpec;
import dev.deepcanvas.graph.layers.Role;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random graph documents over the whole vocabulary, each from its own seed so that any one can be made again alone:
 * random inputs, layer types, parameters (mostly plausible, sometimes at or past their bounds, sometimes of the wrong
 * kind), wiring (chains, branches and merges, sometimes a wrong port, a cycle or an edge out of an output), outputs,
 * losses, training settings and node ids.
 *
 * <p>Half the graphs are steered: each new layer is tried against the shapes built so far (the analyzer is fast) and
 * kept when it fits, so that deep graphs of many types get accepted and reach DL4J; the other half are wired blindly,
 * which mostly exercises the refusals. Sizes are small, so that DL4J builds and trains a graph in milliseconds.
 */
final class RandomGraph {

    private static final List<String> INPUTS = List.of("Input", "ImageInput", "SequenceInput", "TokenInput");
    private static final List<LayerType> HIDDEN = LayerCatalog.types().stream()
            .filter(t -> t.role() == Role.HIDDEN).toList();
    /** Ids that are legal in a document but awkward anywhere they end up (DL4J names, messages, Java strings). */
    private static final List<String> ODD_IDS = List.of("a b", "x/y", "ü-ß", "q\"uote", "back\\slash", "dot.x",
            "[0]", "-", "emoji-\uD83D\uDE00", "tab\tx", "new\nline", "*/", "\\u0041", "日本");

    private final Random rnd;
    private final GraphAnalyzer analyzer = new GraphAnalyzer();
    private final List<GraphNode> nodes = new ArrayList<>();
    private final List<GraphEdge> edges = new ArrayList<>();
    private final boolean steered;
    private final boolean oddIds;
    private int counter;

    private RandomGraph(long seed) {
        // java.util.Random's first draws for neighbouring seeds are alike: spread the seeds first (SplitMix64).
        this.rnd = new Random(mix(seed));
        this.steered = rnd.nextBoolean();
        this.oddIds = rnd.nextInt(8) == 0;
    }

    /** A seed spread over all 64 bits (SplitMix64), so that neighbouring seeds make unrelated graphs. */
    static long mix(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The graph of this seed. */
    static GraphDocument of(long seed) {
        return new RandomGraph(seed).build();
    }

    private GraphDocument build() {
        int inputs = 1 + (rnd.nextInt(4) == 0 ? 1 : 0) + (rnd.nextInt(12) == 0 ? 1 : 0);
        String kind = INPUTS.get(rnd.nextInt(INPUTS.size()));
        for (int i = 0; i < inputs; i++) {
            addInput(rnd.nextInt(3) == 0 ? INPUTS.get(rnd.nextInt(INPUTS.size())) : kind);
        }
        int layers = 1 + rnd.nextInt(7);
        for (int i = 0; i < layers; i++) {
            addHidden();
        }
        addOutputs();
        if (rnd.nextInt(25) == 0) {
            addMistake();
        }
        return GraphDocument.of("random", nodes, edges, training());
    }

    private void addInput(String kind) {
        String type = rnd.nextInt(30) == 0 ? (rnd.nextBoolean() ? "NoiseInput" : "ClassInput") : kind;
        Map<String, Object> p = new LinkedHashMap<>();
        switch (type) {
            case "Input" -> p.put("size", 1 + rnd.nextInt(6));
            case "ImageInput" -> {
                p.put("height", 2 + rnd.nextInt(8));
                p.put("width", 2 + rnd.nextInt(8));
                p.put("channels", 1 + rnd.nextInt(3));
            }
            case "SequenceInput" -> {
                p.put("length", 1 + rnd.nextInt(6));
                p.put("features", 1 + rnd.nextInt(4));
            }
            case "TokenInput" -> {
                p.put("vocabulary", 2 + rnd.nextInt(11));
                p.put("length", 1 + rnd.nextInt(6));
            }
            case "NoiseInput" -> p.put("size", 1 + rnd.nextInt(6));
            default -> p.put("classes", 2 + rnd.nextInt(3));
        }
        nodes.add(node(type, p));
    }

    private void addHidden() {
        int attempts = steered ? 12 : 1;
        for (int a = 0; a < attempts; a++) {
            LayerType t = HIDDEN.get(rnd.nextInt(HIDDEN.size()));
            GraphNode n = node(t.type(), params(t));
            List<GraphEdge> wiring = wire(n.id(), t);
            if (!steered || a == attempts - 1 || fits(n, wiring)) {
                nodes.add(n);
                edges.addAll(wiring);
                return;
            }
            counter--; // the id is free again
        }
    }

    /** Whether the node gets a shape in the graph so far (its own problems and its inputs' fit). */
    private boolean fits(GraphNode n, List<GraphEdge> wiring) {
        List<GraphNode> more = new ArrayList<>(nodes);
        more.add(n);
        List<GraphEdge> moreEdges = new ArrayList<>(edges);
        moreEdges.addAll(wiring);
        Analysis a = analyzer.analyze(GraphDocument.of("partial", more, moreEdges, TrainingSettings.defaults()));
        return a.shapeOf(n.id()) != null && a.problemsFor(n.id()).isEmpty();
    }

    /** Edges into a new node: its minimum inputs and up to three, mostly from the latest nodes. */
    private List<GraphEdge> wire(String id, LayerType t) {
        int max = Math.min(t.arity().max(), 3);
        int fanIn = t.arity().min() + rnd.nextInt(Math.max(1, max - t.arity().min() + 1));
        List<GraphEdge> in = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int port = 0; port < fanIn; port++) {
            String source = recentSource();
            if (t.arity().max() > 1 && used.contains(source) && rnd.nextBoolean()) {
                source = recentSource();
            }
            used.add(source);
            in.add(new GraphEdge("e" + (edges.size() + in.size() + 1), source, id, port));
        }
        return in;
    }

    /**
     * The latest node half the time (chains), else any earlier one that is not an output (branches); a steered graph
     * first uses up inputs that feed nothing yet.
     */
    private String recentSource() {
        if (steered && rnd.nextBoolean()) {
            Set<String> fed = new HashSet<>();
            edges.forEach(e -> fed.add(e.source()));
            for (GraphNode n : nodes) {
                if (role(n) == Role.INPUT && !fed.contains(n.id())) {
                    return n.id();
                }
            }
        }
        List<GraphNode> candidates = nodes.stream().filter(n -> role(n) != Role.OUTPUT).toList();
        if (rnd.nextBoolean()) {
            return candidates.get(candidates.size() - 1).id();
        }
        return candidates.get(rnd.nextInt(candidates.size())).id();
    }

    /**
     * Outputs on the ends of the graph. A steered graph gives every end (up to three) an output that suits its shape;
     * a blind one puts one or two on the last ends and joins the others or leaves them (then unreachable).
     */
    private void addOutputs() {
        Set<String> fed = new HashSet<>();
        edges.forEach(e -> fed.add(e.source()));
        List<String> ends = nodes.stream().filter(n -> !fed.contains(n.id())).map(GraphNode::id).toList();
        List<String> heads = new ArrayList<>(ends);
        if (steered && heads.size() <= 3) {
            Analysis a = analyzer.analyze(GraphDocument.of("partial", nodes, edges, TrainingSettings.defaults()));
            for (String head : heads) {
                Shape s = a.shapeOf(head);
                GraphNode out = node(s != null && s.isSequence() ? "RnnOutput" : "Output", outputParams());
                nodes.add(out);
                edges.add(new GraphEdge("e" + (edges.size() + 1), head, out.id(), 0));
            }
            return;
        }
        if (heads.size() > 2 && rnd.nextInt(3) > 0) {
            GraphNode join = node("Concatenate", Map.of());
            for (int port = 0; port < heads.size(); port++) {
                edges.add(new GraphEdge("e" + (edges.size() + 1), heads.get(port), join.id(), port));
            }
            nodes.add(join);
            heads = List.of(join.id());
        }
        int outputs = Math.min(heads.size(), 1 + (rnd.nextInt(5) == 0 ? 1 : 0));
        Analysis a = analyzer.analyze(GraphDocument.of("partial", nodes, edges, TrainingSettings.defaults()));
        for (int i = 0; i < outputs; i++) {
            String head = heads.get(heads.size() - 1 - i);
            Shape s = a.shapeOf(head);
            boolean sequence = s != null && s.isSequence();
            String type = (sequence ^ rnd.nextInt(10) == 0) ? "RnnOutput" : "Output";
            GraphNode out = node(type, outputParams());
            nodes.add(out);
            edges.add(new GraphEdge("e" + (edges.size() + 1), head, out.id(), 0));
        }
    }

    private Map<String, Object> outputParams() {
        Map<String, Object> p = new LinkedHashMap<>();
        int units = 1 + rnd.nextInt(4);
        p.put("units", units);
        switch (rnd.nextInt(rnd.nextInt(15) == 0 ? 6 : 4)) {
            case 0 -> {
                p.put("activation", "softmax");
                p.put("loss", "mcxent");
                p.put("units", Math.max(2, units));
            }
            case 1 -> {
                p.put("activation", "sigmoid");
                p.put("loss", "xent");
            }
            case 2 -> {
                p.put("activation", rnd.nextBoolean() ? "identity" : "tanh");
                p.put("loss", rnd.nextBoolean() ? "mse" : "mae");
            }
            case 3 -> {
                // defaults: softmax + mcxent (with 1 unit: refused)
            }
            default -> {
                p.put("activation", List.of("softmax", "sigmoid", "identity", "tanh", "relu").get(rnd.nextInt(5)));
                p.put("loss", Losses.ALL.get(rnd.nextInt(Losses.ALL.size())));
            }
        }
        return p;
    }

    /** A wiring mistake the editor makes possible: a wrong port, a second edge into a port, a loop, an output fed on. */
    private void addMistake() {
        List<GraphNode> hidden = nodes.stream().filter(n -> role(n) == Role.HIDDEN).toList();
        if (hidden.isEmpty()) {
            return;
        }
        GraphNode target = hidden.get(rnd.nextInt(hidden.size()));
        GraphNode source = nodes.get(rnd.nextInt(nodes.size()));
        int port = switch (rnd.nextInt(4)) {
            case 0 -> 1 + rnd.nextInt(4);
            case 1 -> 0;
            case 2 -> -1;
            default -> (int) edges.stream().filter(e -> e.target().equals(target.id())).count();
        };
        edges.add(new GraphEdge("e" + (edges.size() + 1), source.id(), target.id(), port));
    }

    private Map<String, Object> params(LayerType t) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (ParamSpec spec : t.params()) {
            int roll = rnd.nextInt(60);
            if (roll < 20) {
                continue; // the default
            }
            p.put(spec.name(), roll == 59 ? unusual(spec) : plausible(spec));
        }
        return p;
    }

    /** A value in range, small enough for a graph DL4J runs in milliseconds. */
    private Object plausible(ParamSpec spec) {
        double min = spec.min() == null ? 0 : spec.min();
        double max = spec.max() == null ? 4 : spec.max();
        return switch (spec.kind()) {
            case INT -> (int) Math.max(min, Math.min(max, min + rnd.nextInt(smallRange(spec.name()))));
            case DOUBLE -> Math.max(min, Math.min(max, spec.name().equals("factor") ? rnd.nextDouble() * 4 - 2
                    : min + rnd.nextDouble() * Math.min(1.0, max - min)));
            case ENUM -> spec.options().get(rnd.nextInt(spec.options().size()));
            case BOOLEAN -> rnd.nextBoolean();
            case INT_LIST -> {
                int size = spec.name().equals("shape") || spec.name().equals("padding")
                        || spec.name().equals("cropping") ? 1 + rnd.nextInt(4) : 1 + rnd.nextInt(rnd.nextInt(8) == 0 ? 3 : 2);
                List<Integer> list = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    list.add((int) Math.max(min, Math.min(max, min + rnd.nextInt(spec.name().equals("shape") ? 6 : 3))));
                }
                yield list;
            }
        };
    }

    /** How far above its minimum a whole-number parameter goes. */
    private static int smallRange(String name) {
        return switch (name) {
            case "units", "filters" -> 6;
            case "heads", "depthMultiplier" -> 2;
            case "headSize" -> 4;
            case "from", "to" -> 5;
            default -> 3;
        };
    }

    /** At or past a bound, or of the wrong kind: the analyzer must refuse or take it, never fail. */
    private Object unusual(ParamSpec spec) {
        return switch (rnd.nextInt(9)) {
            case 0 -> spec.min() == null ? -1 : spec.min().longValue() - 1;
            case 1 -> spec.max() == null ? Long.MAX_VALUE : spec.max().longValue() + 1;
            case 2 -> spec.max() == null ? 1e18 : spec.max();
            case 3 -> "7";
            case 4 -> 2.5;
            case 5 -> List.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
            case 6 -> rnd.nextBoolean();
            case 7 -> Double.NaN;
            default -> List.of();
        };
    }

    private TrainingSettings training() {
        List<String> optimizers = TrainingSettings.OPTIMIZERS;
        List<String> inits = TrainingSettings.WEIGHT_INITS;
        TrainingSettings t = new TrainingSettings(optimizers.get(rnd.nextInt(optimizers.size())),
                List.of(0.001, 0.01, 0.05).get(rnd.nextInt(3)), 1 + rnd.nextInt(64), 1 + rnd.nextInt(5),
                inits.get(rnd.nextInt(inits.size())), rnd.nextBoolean() ? 0.0 : 1e-4, rnd.nextLong());
        return rnd.nextInt(4) == 0 ? t.withBeta1(0.5) : t;
    }

    private GraphNode node(String type, Map<String, Object> params) {
        int n = counter++;
        String id = oddIds && rnd.nextBoolean() ? ODD_IDS.get(rnd.nextInt(ODD_IDS.size())) + n : "n" + n;
        return new GraphNode(id, type, params, new Position(n * 120.0, 0), null);
    }

    private static Role role(GraphNode n) {
        return LayerCatalog.find(n.type()).map(LayerType::role).orElse(Role.HIDDEN);
    }
}

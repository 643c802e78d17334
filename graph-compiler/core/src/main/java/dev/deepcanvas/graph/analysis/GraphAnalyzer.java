package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.document.Printable;
import dev.deepcanvas.graph.layers.ClassInputLayerType;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.ParamResolver;
import dev.deepcanvas.graph.layers.Params;
import dev.deepcanvas.graph.layers.Role;
import dev.deepcanvas.graph.layers.ShapeContext;
import dev.deepcanvas.graph.layers.ShapeResult;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validation, shape inference and statistics in one pass. It never throws: every problem in the document is collected
 * so that the editor can paint all of them at once. Runs on every canvas edit, so it allocates nothing proportional
 * to tensor sizes and is linear in the graph size.
 */
public final class GraphAnalyzer {

    private static final int BYTES_PER_VALUE = 4;
    /** The JDK's logging facade keeps the core free of logging libraries; Spring Boot routes it to its log file. */
    private static final System.Logger LOG = System.getLogger(GraphAnalyzer.class.getName());

    private final AnalysisLimits limits;

    public GraphAnalyzer() {
        this(AnalysisLimits.defaults());
    }

    public GraphAnalyzer(AnalysisLimits limits) {
        this.limits = limits;
    }

    public AnalysisLimits limits() {
        return limits;
    }

    public Analysis analyze(GraphDocument doc) {
        try {
            return new Run(doc).analyze();
        } catch (RuntimeException e) {
            // Only a bug gets here (the rules report every bad input as a problem). It must not take the editor
            // down: the user sees one INTERNAL problem, the log gets the stack trace for the bug report.
            LOG.log(Level.ERROR, "Analysing the graph \"" + (doc == null ? null : doc.name()) + "\" failed", e);
            return new Analysis(List.of(Problem.ofGraph(ProblemCode.INTERNAL,
                    "The graph could not be analysed (" + e.getClass().getSimpleName() + "). Please report this.")),
                    Map.of(), 0, 0, 0);
        }
    }

    /** The state of one analysis. */
    private final class Run {
        private final GraphDocument doc;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, LayerType> types = new HashMap<>();
        private final Map<String, Params> params = new HashMap<>();
        /** Nodes whose own definition (type, params, arity) is broken: no shape for them. */
        private final Set<String> broken = new HashSet<>();
        private GraphIndex index;

        Run(GraphDocument doc) {
            this.doc = doc;
        }

        Analysis analyze() {
            if (doc.nodes().size() > limits.maxNodes()) {
                problems.add(Problem.ofGraph(ProblemCode.TOO_LARGE, "The graph has " + doc.nodes().size()
                        + " nodes; the limit is " + limits.maxNodes() + ". Split it into smaller models."));
                return new Analysis(problems, Map.of(), 0, 0, 0);
            }
            TrainingCheck.check(doc.training(), problems);
            checkIds();
            index = GraphIndex.of(doc);
            checkTypesAndParams();
            new PortCheck(doc, index, types, problems, broken).check();
            OutputsLast.check(index, types, problems);
            Set<String> cycle = index.cycleNodes();
            for (String id : cycle) {
                problems.add(Problem.ofNode(ProblemCode.CYCLE, id, "Node " + id + " is part of a loop: its output "
                        + "flows back into its own input. Remove one of the edges of the loop "
                        + "(recurrent layers such as LSTM already carry state over time)."));
            }
            GanBlocks.Result gan = GanBlocks.isGan(doc) ? GanBlocks.find(doc) : null;
            if (gan != null) {
                problems.addAll(gan.problems());
            } else {
                refuseGanInputs();
            }
            checkEnds(cycle, gan == null ? List.of() : gan.generatorEnds());
            Analysis result = inferShapes();
            if (gan != null && gan.blocks() != null) {
                checkGanShapes(gan.blocks(), result);
            }
            List<Problem> warnings = new ArrayList<>();
            if (problems.isEmpty()) {
                Problem apart = Components.warning(index, gan == null || gan.blocks() == null ? List.of()
                        : joinedByTheCompiler(gan.blocks()));
                if (apart != null) {
                    warnings.add(apart);
                }
            }
            return new Analysis(problems, result.nodes(), result.totalParams(), result.multiplyAdds(),
                    result.activationBytes(), warnings);
        }

        /** The node pairs a GAN's compile connects: the sample into the discriminator, and the class. */
        private List<String[]> joinedByTheCompiler(GanBlocks b) {
            List<String[]> joined = new ArrayList<>();
            joined.add(new String[] {b.generatorOutput(), b.discriminatorInput()});
            if (b.generatorClassInput() != null && b.discriminatorClassInput() != null) {
                joined.add(new String[] {b.generatorClassInput(), b.discriminatorClassInput()});
            }
            return joined;
        }

        /**
         * Outside a GAN nothing would fill a ClassInput or a NoiseInput: training feeds an ordinary network the
         * dataset's arrays only, and no dataset array is a class to draw or random numbers.
         */
        private void refuseGanInputs() {
            for (GraphNode n : doc.nodes()) {
                if (GanBlocks.CLASS_INPUT.equals(n.type())) {
                    problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, n.id(), "A ClassInput belongs in a "
                            + "conditional GAN (one in the generator block, one in the discriminator block). For a "
                            + "classifier's input use Input, ImageInput, SequenceInput or TokenInput instead of "
                            + n.id() + "."));
                } else if (GanBlocks.NOISE_INPUT.equals(n.type())) {
                    problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, n.id(), "A NoiseInput is where a GAN's "
                            + "generator gets its random numbers; outside a GAN nothing fills it (training feeds a "
                            + "network the dataset's arrays only). Put the nodes in generator and discriminator "
                            + "blocks, or use Input, ImageInput, SequenceInput or TokenInput instead of " + n.id()
                            + "."));
                }
            }
        }

        /** The generator's samples must have the shape the discriminator reads, and both blocks the same classes. */
        private void checkGanShapes(GanBlocks b, Analysis a) {
            if (b.conditional()) {
                Shape drawn = a.shapeOf(b.generatorClassInput());
                Shape claimed = a.shapeOf(b.discriminatorClassInput());
                if (drawn != null && claimed != null && !drawn.equals(claimed)) {
                    problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, b.discriminatorClassInput(), "The "
                            + "generator's ClassInput has " + drawn.size() + " classes but the discriminator's has "
                            + claimed.size() + ". Give both the number of classes of the dataset."));
                }
                Shape named = b.discriminatorClassOutput() == null ? null : a.shapeOf(b.discriminatorClassOutput());
                if (drawn != null && named != null && !drawn.equals(named)) {
                    problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, b.discriminatorClassOutput(), "The "
                            + "generator's ClassInput has " + drawn.size() + " classes but the discriminator's class "
                            + "Output has " + named.size() + " units. Give it a unit per class."));
                }
            }
            if (b.conditional()) {
                checkConditionKinds(b);
            }
            Shape made = a.shapeOf(b.generatorOutput());
            Shape read = a.shapeOf(b.discriminatorInput());
            if (made != null && read != null && !made.equals(read)) {
                problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, b.generatorOutput(), "The generator makes "
                        + made.describe() + " but the discriminator reads " + read.describe() + ". "
                        + (made.elementCount() == read.elementCount()
                        ? "Add a Reshape to " + read + " at the end of the generator."
                        : "Change the generator's last layer to produce " + read.elementCount() + " values.")));
            }
        }

        /**
         * A condition that includes attributes is several one-hot parts at once ("circle" and "red"), so both
         * ClassInputs must say the same, and a class Output must answer each number yes or no (sigmoid with
         * cross-entropy): a softmax would make the parts compete for one probability.
         */
        private void checkConditionKinds(GanBlocks b) {
            boolean withAttributes = includesAttributes(b.generatorClassInput());
            String other = b.discriminatorClassInput();
            if (other != null && includesAttributes(other) != withAttributes) {
                problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, other, "The generator's ClassInput is told "
                        + conditionWords(withAttributes) + " but the discriminator's " + other + " "
                        + conditionWords(!withAttributes) + ". Set both to the same condition."));
            }
            Params named = b.discriminatorClassOutput() == null ? null : params.get(b.discriminatorClassOutput());
            if (withAttributes && named != null && (!"sigmoid".equals(named.getString("activation"))
                    || !"xent".equals(named.getString("loss")))) {
                problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, b.discriminatorClassOutput(), "The condition "
                        + "includes attributes, so the discriminator's class Output " + b.discriminatorClassOutput()
                        + " names several things at once (a shape and a colour): give it activation sigmoid and "
                        + "loss xent, a yes or no per number, instead of " + named.getString("activation") + " with "
                        + named.getString("loss") + "."));
            }
        }

        private boolean includesAttributes(String classInput) {
            return ClassInputLayerType.includesAttributes(index.nodes().get(classInput).params());
        }

        private static String conditionWords(boolean withAttributes) {
            return withAttributes ? "the class and the dataset's attributes" : "the class only";
        }

        private void checkIds() {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < doc.nodes().size(); i++) {
                GraphNode n = doc.nodes().get(i);
                if (n.id() == null || n.id().isBlank()) {
                    problems.add(Problem.ofGraph(ProblemCode.BAD_PARAM, "Node number " + (i + 1) + " (" + n.type()
                            + ") has no id. Every node needs a unique id."));
                } else if (!seen.add(n.id())) {
                    problems.add(Problem.ofNode(ProblemCode.DUPLICATE_ID, n.id(), "Two nodes share the id \""
                            + n.id() + "\". Rename one of them: ids must be unique."));
                }
            }
            Set<String> edgeIds = new HashSet<>();
            for (GraphEdge e : doc.edges()) {
                if (e.id() != null && !edgeIds.add(e.id())) {
                    problems.add(Problem.ofEdge(ProblemCode.DUPLICATE_ID, e.id(), "Two edges share the id \""
                            + e.id() + "\". Edge ids must be unique."));
                }
            }
        }

        private void checkTypesAndParams() {
            for (GraphNode n : index.nodes().values()) {
                LayerType t = LayerCatalog.find(n.type()).orElse(null);
                if (t == null) {
                    String hint = LayerCatalog.suggest(n.type()).map(s -> " Did you mean " + s + "?").orElse(
                            " Pick a node from the palette.");
                    String shown = n.type() == null ? "(none)" : Printable.shortened(n.type());
                    problems.add(Problem.ofNode(ProblemCode.UNKNOWN_TYPE, n.id(), "Unknown node type \""
                            + shown + "\"." + hint));
                    broken.add(n.id());
                    continue;
                }
                types.put(n.id(), t);
                ParamResolver.Result r = ParamResolver.resolve(t.type(), t.params(), n.params());
                for (String message : r.problems()) {
                    problems.add(Problem.ofNode(ProblemCode.BAD_PARAM, n.id(), t.type() + " " + n.id() + ": "
                            + message));
                }
                if (r.params() == null) {
                    broken.add(n.id());
                } else {
                    String combination = t.checkParams(r.params());
                    if (combination != null) {
                        problems.add(Problem.ofNode(ProblemCode.BAD_PARAM, n.id(), t.type() + " " + n.id() + ": "
                                + combination));
                        broken.add(n.id());
                    } else {
                        params.put(n.id(), r.params());
                    }
                }
                if (n.group() != null && !n.group().equals(GraphNode.GENERATOR)
                        && !n.group().equals(GraphNode.DISCRIMINATOR)) {
                    problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, n.id(), "Unknown group \"" + n.group()
                            + "\": use \"generator\", \"discriminator\" or no group."));
                }
            }
        }

        /** NO_INPUT, NO_OUTPUT and UNREACHABLE (cut off from every input, or never reaching an output). */
        private void checkEnds(Set<String> cycle, List<String> extraSinks) {
            List<String> inputs = new ArrayList<>();
            List<String> outputs = new ArrayList<>();
            for (Map.Entry<String, LayerType> e : types.entrySet()) {
                if (e.getValue().role() == Role.INPUT) {
                    inputs.add(e.getKey());
                } else if (e.getValue().role() == Role.OUTPUT) {
                    outputs.add(e.getKey());
                }
            }
            if (inputs.isEmpty()) {
                problems.add(Problem.ofGraph(ProblemCode.NO_INPUT, "The graph has no input node. "
                        + "Add one from the Inputs section of the palette and connect it."));
            }
            if (outputs.isEmpty()) {
                problems.add(Problem.ofGraph(ProblemCode.NO_OUTPUT, "The graph has no output layer, so there is "
                        + "nothing to train. Add an Output (or RnnOutput) node at the end."));
            }
            Set<String> fromInputs = reach(inputs, true);
            List<String> sinks = new ArrayList<>(outputs);
            sinks.addAll(extraSinks);
            Set<String> toOutputs = reach(sinks, false);
            Set<String> valuesUsed = reachThroughData(sinks);
            for (String id : index.nodes().keySet()) {
                if (cycle.contains(id)) {
                    continue;
                }
                if (!inputs.isEmpty() && !fromInputs.contains(id) && !index.incoming(id).isEmpty()) {
                    problems.add(Problem.ofNode(ProblemCode.UNREACHABLE, id, "No data reaches " + id
                            + ": it is not connected to any input. Connect it to the rest of the graph or delete it."));
                } else if (!outputs.isEmpty() && !toOutputs.contains(id)) {
                    problems.add(Problem.ofNode(ProblemCode.UNREACHABLE, id, "The result of " + id
                            + " is never used: it does not lead to an output. Connect it onward or delete it."));
                } else if (!outputs.isEmpty() && !valuesUsed.contains(id) && types.containsKey(id)
                        && types.get(id).role() != Role.INPUT) {
                    // An input may serve only as a length reference (DL4J reads its length); a layer may not.
                    problems.add(Problem.ofNode(ProblemCode.UNREACHABLE, id, "The values of " + id + " are never "
                            + "used: it only serves as a length reference (port 1 of DuplicateToSequence). Connect "
                            + "the sequence input itself there, or use " + id + "'s output elsewhere."));
                }
            }
        }

        /** Backwards from the sinks through the ports whose values DL4J actually reads (see LayerType.dataPorts). */
        private Set<String> reachThroughData(List<String> start) {
            Set<String> seen = new HashSet<>(start);
            Deque<String> todo = new ArrayDeque<>(start);
            while (!todo.isEmpty()) {
                String id = todo.poll();
                List<String> sources = index.inputsOf(id);
                LayerType t = types.get(id);
                List<Integer> ports = t == null || broken.contains(id) ? allPorts(sources.size())
                        : t.dataPorts(sources.size());
                for (int port : ports) {
                    if (port < sources.size() && seen.add(sources.get(port))) {
                        todo.add(sources.get(port));
                    }
                }
            }
            return seen;
        }

        private static List<Integer> allPorts(int n) {
            List<Integer> all = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                all.add(i);
            }
            return all;
        }

        private Set<String> reach(List<String> start, boolean forward) {
            Set<String> seen = new HashSet<>(start);
            Deque<String> todo = new ArrayDeque<>(start);
            while (!todo.isEmpty()) {
                String id = todo.poll();
                List<String> next = forward ? index.successors(id) : index.inputsOf(id);
                for (String n : next) {
                    if (seen.add(n)) {
                        todo.add(n);
                    }
                }
            }
            return seen;
        }

        private Analysis inferShapes() {
            List<String> inputIds = new ArrayList<>();
            for (String id : index.nodes().keySet()) {
                LayerType t = types.get(id);
                if (t != null && t.role() == Role.INPUT) {
                    inputIds.add(id);
                }
            }
            Map<String, List<String>> upstream = index.upstreamInputs(inputIds);
            Map<String, NodeInfo> infos = new LinkedHashMap<>();
            Map<String, Shape> shapes = new HashMap<>();
            CostLimits costs = new CostLimits(limits, problems);
            long totalParams = 0;
            long totalMacs = 0;
            for (String id : index.topologicalOrder()) {
                LayerType t = types.get(id);
                if (t == null || broken.contains(id)) {
                    continue;
                }
                List<Shape> inShapes = new ArrayList<>();
                for (String src : index.inputsOf(id)) {
                    Shape s = shapes.get(src);
                    if (s == null) {
                        inShapes = null;
                        break;
                    }
                    inShapes.add(s);
                }
                if (inShapes == null) {
                    continue; // an upstream problem is already reported
                }
                List<List<Shape>> networkInputs = new ArrayList<>();
                for (String src : index.inputsOf(id)) {
                    List<Shape> shapesOfInputs = new ArrayList<>();
                    for (String in : upstream.getOrDefault(src, List.of())) {
                        if (shapes.get(in) != null) {
                            shapesOfInputs.add(shapes.get(in));
                        }
                    }
                    networkInputs.add(shapesOfInputs);
                }
                ShapeResult r = t.inferShape(new ShapeContext(id, params.get(id), List.copyOf(inShapes),
                        networkInputs));
                if (!r.isOk()) {
                    for (ShapeResult.Failure f : r.failures()) {
                        problems.add(Problem.ofNode(f.code(), id, f.message()));
                    }
                    continue;
                }
                if (!costs.checkNode(id, t, r)) {
                    continue;
                }
                shapes.put(id, r.shape());
                infos.put(id, new NodeInfo(id, r.shape(), r.params(), r.multiplyAdds()));
                totalParams = Sizes.add(totalParams, r.params());
                totalMacs = Sizes.add(totalMacs, r.multiplyAdds());
            }
            // Report nodes in document order, with null shapes where inference stopped.
            Map<String, NodeInfo> ordered = new LinkedHashMap<>();
            for (String id : index.nodes().keySet()) {
                NodeInfo info = infos.get(id);
                ordered.put(id, info != null ? info : new NodeInfo(id, null, 0, 0));
            }
            costs.checkTotals(totalParams, totalMacs, doc.training().batchSize());
            long activationBytes = Sizes.mul(costs.activationValues(), BYTES_PER_VALUE);
            return new Analysis(problems, ordered, totalParams, totalMacs, activationBytes);
        }
    }
}

package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.GraphIndex;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.document.TrainingSettings;
import dev.deepcanvas.graph.layers.BuildContext;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.ParamResolver;
import dev.deepcanvas.graph.layers.Params;
import dev.deepcanvas.graph.layers.Recipe;
import dev.deepcanvas.graph.layers.Role;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a valid graph document into a DL4J {@link ComputationGraphConfiguration}. It analyzes first and refuses
 * invalid graphs (including TOO_LARGE ones) before DL4J sees anything, so no parameters are ever allocated for a
 * graph that would not fit. Building the configuration itself allocates no parameters either.
 */
public final class GraphCompiler {

    private final GraphAnalyzer analyzer;

    public GraphCompiler() {
        this(new GraphAnalyzer());
    }

    public GraphCompiler(GraphAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public CompiledGraph compile(GraphDocument doc) throws InvalidGraphException {
        ConfigurationPlan plan = plan(doc);
        try {
            ComputationGraphConfiguration conf = (ComputationGraphConfiguration) plan.recipe().create();
            return new CompiledGraph(conf, plan.inputNames(), plan.outputNames(), doc.training());
        } catch (RuntimeException e) {
            // DL4J refusing a configuration the analyzer accepted is a gap in our validation; report, never crash.
            throw new InvalidGraphException(List.of(Problem.ofGraph(ProblemCode.INTERNAL,
                    "DL4J refused the configuration: " + firstLine(e.getMessage()))));
        }
    }

    /**
     * The configuration as a recipe (what {@link #compile} evaluates and the Java exporter prints), after the same
     * validation as {@link #compile}.
     */
    public ConfigurationPlan plan(GraphDocument doc) throws InvalidGraphException {
        Analysis analysis = analyzer.analyze(doc);
        if (!analysis.isValid()) {
            throw new InvalidGraphException(analysis.problems());
        }
        TrainingSettings training = doc.training();
        Recipe graph = Recipe.construct(NeuralNetConfiguration.Builder.class)
                .call("seed", training.seed())
                .call("updater", Updaters.updater(training))
                .call("weightInit", Updaters.weightInit(training));
        if (training.l2() > 0) {
            graph = graph.call("l2", training.l2());
        }
        graph = graph.call("graphBuilder");

        GraphIndex index = GraphIndex.of(doc);
        List<String> inputIds = new ArrayList<>();
        for (String id : index.nodes().keySet()) {
            if (LayerCatalog.find(index.nodes().get(id).type()).orElseThrow().role() == Role.INPUT) {
                inputIds.add(id);
            }
        }
        Map<String, List<String>> upstream = index.upstreamInputs(inputIds);
        Builder builder = new Builder(graph, training, analysis, upstream);
        for (String id : index.topologicalOrder()) {
            GraphNode node = index.nodes().get(id);
            LayerType type = LayerCatalog.find(node.type()).orElseThrow();
            Params params = ParamResolver.resolve(type.type(), type.params(), node.params()).params();
            List<String> sources = index.inputsOf(id);
            List<Shape> inShapes = new ArrayList<>();
            for (String src : sources) {
                inShapes.add(analysis.shapeOf(src));
            }
            List<String> dataInputs = new ArrayList<>();
            for (int port : type.dataPorts(sources.size())) {
                dataInputs.add(sources.get(port));
            }
            builder.node(id, sources, dataInputs, params, inShapes, analysis.shapeOf(id));
            if (type.role() == Role.OUTPUT) {
                builder.outputs.add(id);
            }
            type.compile(builder);
        }
        Recipe finished = builder.recipe
                .call("addInputs", (Object) builder.inputs.toArray(String[]::new))
                .call("setInputTypes", Recipe.array(InputType.class, builder.inputTypes))
                .call("setOutputs", (Object) builder.outputs.toArray(String[]::new))
                .build();
        return new ConfigurationPlan(finished, builder.inputs, builder.outputs, training);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no details";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Collects the graph-builder calls while layer types compile themselves. */
    private static final class Builder implements BuildContext {
        private Recipe recipe;
        private final TrainingSettings training;
        private final Analysis analysis;
        private final Map<String, List<String>> upstream;
        private List<String> sources;
        private final List<String> inputs = new ArrayList<>();
        private final List<Recipe> inputTypes = new ArrayList<>();
        private final List<String> outputs = new ArrayList<>();
        private String nodeId;
        private List<String> nodeInputs;
        private Params params;
        private List<Shape> inputShapes;
        private Shape outputShape;

        Builder(Recipe recipe, TrainingSettings training, Analysis analysis, Map<String, List<String>> upstream) {
            this.recipe = recipe;
            this.training = training;
            this.analysis = analysis;
            this.upstream = upstream;
        }

        void node(String id, List<String> allSources, List<String> dataInputs, Params p, List<Shape> inShapes,
                  Shape out) {
            nodeId = id;
            sources = List.copyOf(allSources);
            nodeInputs = List.copyOf(dataInputs);
            params = p;
            inputShapes = List.copyOf(inShapes);
            outputShape = out;
        }

        @Override
        public String nodeId() {
            return nodeId;
        }

        @Override
        public List<String> inputs() {
            return nodeInputs;
        }

        @Override
        public Params params() {
            return params;
        }

        @Override
        public List<Shape> inputShapes() {
            return inputShapes;
        }

        @Override
        public Shape outputShape() {
            return outputShape;
        }

        @Override
        public TrainingSettings training() {
            return training;
        }

        @Override
        public String sequenceInputFor(int port) {
            Shape here = inputShapes.get(port);
            List<String> candidates = upstream.getOrDefault(sources.get(port), List.of());
            for (String in : candidates) {
                Shape s = analysis.shapeOf(in);
                if (s != null && (s.isSequence() || s.isTokens()) && here != null
                        && (here.isSequence() || here.isTokens()) && s.timeSteps() == here.timeSteps()) {
                    return in;
                }
            }
            return candidates.isEmpty() ? null : candidates.get(0);
        }

        @Override
        public void addInput(Recipe inputType) {
            inputs.add(nodeId);
            inputTypes.add(inputType);
        }

        @Override
        public void addLayer(Recipe layer) {
            recipe = recipe.call("addLayer", nodeId, layer, nodeInputs.toArray(String[]::new));
        }

        @Override
        public void addLayer(Recipe layer, Recipe preProcessor) {
            recipe = recipe.call("addLayer", nodeId, layer, preProcessor, nodeInputs.toArray(String[]::new));
        }

        @Override
        public void addVertex(Recipe vertex) {
            recipe = recipe.call("addVertex", nodeId, vertex, nodeInputs.toArray(String[]::new));
        }
    }
}

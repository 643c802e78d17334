package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.dl4j.NativeSeed;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphIndex;
import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.document.TrainingSettings;
import dev.deepcanvas.graph.compile.mapping.BuildContext;
import dev.deepcanvas.graph.compile.mapping.LayerMappings;
import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.DuplicateToSequenceLayerType;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.ParamResolver;
import dev.deepcanvas.graph.layers.Params;
import dev.deepcanvas.graph.layers.Role;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the configuration recipe of (part of) an analysed, valid document: global settings, then every node in
 * topological order through its layer type's DL4J mapping ({@link LayerMappings}). Implements the
 * {@link BuildContext} the mappings see.
 */
final class PlanBuilder implements BuildContext {

    private final GraphDocument doc;
    private final Analysis analysis;
    private final Subgraph part;
    private final GraphIndex index;
    private final Map<String, List<String>> upstream;
    private final List<String> inputs = new ArrayList<>();
    private final List<Recipe<InputType>> inputTypes = new ArrayList<>();
    private final List<String> outputs = new ArrayList<>();
    private final Set<String> dataUsed = new HashSet<>();
    private Recipe<GraphBuilder> graph;

    private String nodeId;
    private List<String> sources;
    private List<String> dataInputs;
    private Params params;
    private List<Shape> inputShapes;

    private final double learningRate;

    PlanBuilder(GraphDocument doc, Analysis analysis, Subgraph part) {
        this(doc, analysis, part, doc.training().learningRate());
    }

    /** @param learningRate the optimiser's learning rate for this network (a GAN's discriminator has its own) */
    PlanBuilder(GraphDocument doc, Analysis analysis, Subgraph part, double learningRate) {
        this.learningRate = learningRate;
        this.doc = doc;
        this.analysis = analysis;
        this.part = part;
        this.index = GraphIndex.of(doc);
        List<String> inputIds = new ArrayList<>();
        for (String id : index.nodes().keySet()) {
            if (typeOf(id).role() == Role.INPUT) {
                inputIds.add(id);
            }
        }
        this.upstream = index.upstreamInputs(inputIds);
    }

    private LayerType typeOf(String id) {
        return LayerCatalog.find(index.nodes().get(id).type()).orElseThrow();
    }

    ConfigurationPlan build() {
        TrainingSettings training = doc.training();
        Recipe<NeuralNetConfiguration.Builder> global = Recipe.of(NeuralNetConfiguration.Builder::new)
                .with(NeuralNetConfiguration.Builder::seed, NativeSeed.of(training.seed()))
                .withRecipe(NeuralNetConfiguration.Builder::updater, Updaters.updater(training, learningRate))
                .with(NeuralNetConfiguration.Builder::weightInit, Updaters.weightInit(training));
        if (training.l2() > 0) {
            global = global.with(NeuralNetConfiguration.Builder::l2, training.l2());
        }
        graph = global.then(NeuralNetConfiguration.Builder::graphBuilder);
        for (String id : index.topologicalOrder()) {
            if (!part.includes(id) || part.substitutes().containsKey(id)) {
                continue;
            }
            GraphNode node = index.nodes().get(id);
            LayerType type = typeOf(id);
            nodeId = id;
            params = ParamResolver.resolve(type.type(), type.params(), node.params()).params();
            sources = new ArrayList<>();
            inputShapes = new ArrayList<>();
            for (String src : index.inputsOf(id)) {
                String actual = part.substitutes().getOrDefault(src, src);
                sources.add(actual);
                inputShapes.add(analysis.shapeOf(actual));
            }
            dataInputs = new ArrayList<>();
            for (int port : type.dataPorts(sources.size())) {
                dataInputs.add(sources.get(port));
            }
            dataUsed.addAll(dataInputs);
            if (type.role() == Role.OUTPUT || part.extraOutputs().contains(id)) {
                outputs.add(id);
            }
            LayerMappings.of(type).compile(this);
        }
        graph = graph
                .with(GraphBuilder::addInputs, inputs.toArray(String[]::new))
                .withRecipes(GraphBuilder::setInputTypes, InputType.class, inputTypes)
                .with(GraphBuilder::setOutputs, outputs.toArray(String[]::new));
        if (inputs.stream().anyMatch(in -> !dataUsed.contains(in))) {
            // An input read only for its length (DuplicateToSequence's reference) has no data consumer.
            graph = graph.with(GraphBuilder::allowDisconnected, true);
        }
        if (!part.extraOutputs().isEmpty()) {
            // A generator ends in an ordinary layer: it is sampled, never fitted on its own.
            graph = graph.with(GraphBuilder::allowNoOutput, true);
        }
        return new ConfigurationPlan(graph.then(GraphBuilder::build), inputs, outputs, training);
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public List<String> inputs() {
        return List.copyOf(dataInputs);
    }

    @Override
    public Params params() {
        return params;
    }

    @Override
    public List<Shape> inputShapes() {
        return List.copyOf(inputShapes);
    }

    @Override
    public Shape outputShape() {
        return analysis.shapeOf(nodeId);
    }

    @Override
    public TrainingSettings training() {
        return doc.training();
    }

    @Override
    public String sequenceInputFor(int port) {
        Shape here = inputShapes.get(port);
        List<String> candidates = new ArrayList<>();
        for (String in : upstream.getOrDefault(sources.get(port), List.of())) {
            if (part.includes(in) && !part.substitutes().containsKey(in)) {
                candidates.add(in);
            }
        }
        for (String in : candidates) {
            Shape s = analysis.shapeOf(in);
            if (s != null && DuplicateToSequenceLayerType.hasTimeAxis(s) && here != null
                    && (here.isSequence() || here.isTokens()) && s.timeSteps() == here.timeSteps()) {
                return in;
            }
        }
        // Only reached inside a combined GAN graph: any network input works, as GAN inputs carry no masks.
        return candidates.isEmpty() ? (inputs.isEmpty() ? nodeId : inputs.get(0)) : candidates.get(0);
    }

    @Override
    public void addInput(Recipe<InputType> inputType) {
        inputs.add(nodeId);
        inputTypes.add(inputType);
    }

    @Override
    public void addLayer(Recipe<? extends Layer> layer) {
        graph = graph.withRecipe(GraphBuilder::addLayer, nodeId, frozen(layer), dataInputs.toArray(String[]::new));
    }

    @Override
    public void addVertex(Recipe<? extends GraphVertex> vertex) {
        graph = graph.withRecipe(GraphBuilder::addVertex, nodeId, vertex, dataInputs.toArray(String[]::new));
    }

    private Recipe<? extends Layer> frozen(Recipe<? extends Layer> layer) {
        return part.frozen().contains(nodeId) ? Recipe.wrap(FrozenLayerWithBackprop::new, layer) : layer;
    }
}

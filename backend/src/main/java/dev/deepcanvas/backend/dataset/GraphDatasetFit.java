package dev.deepcanvas.backend.dataset;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a graph can train on a dataset: each dataset input needs an input node of the same shape, each label array
 * an output layer of the same shape, and the output's activation must suit the task. Problems say what to change
 * ("set the size of Input node 'input' to 4"), so the user never meets a shape error from inside DL4J.
 *
 * <p>It also tells which node each dataset array belongs to, which the trainer needs for graphs with several inputs
 * (DL4J takes feature arrays in the order of the compiled graph's inputs, not the dataset's).
 *
 * @param problems      what to change; empty when the graph fits
 * @param inputNodeIds  for each dataset input, in order, the graph node that receives it (null where none fits)
 * @param outputNodeIds for each dataset output, in order, the graph node scored against it (null where none fits)
 */
public record GraphDatasetFit(List<String> problems, List<String> inputNodeIds, List<String> outputNodeIds) {

    /** GAN generators start from noise the trainer makes; no dataset feeds them. */
    private static final String NOISE_INPUT = "NoiseInput";

    public boolean fits() {
        return problems.isEmpty();
    }

    /** @param analysis the graph's analysis, for the shapes of its nodes */
    public static GraphDatasetFit check(GraphDocument graph, Analysis analysis, DatasetDescriptor data) {
        List<GraphNode> inputs = nodesWithRole(graph, Role.INPUT).stream()
                .filter(n -> !n.type().equals(NOISE_INPUT)).toList();
        List<GraphNode> outputs = nodesWithRole(graph, Role.OUTPUT);
        List<String> problems = new ArrayList<>();
        List<String> inputIds = new PortMatcher(data, analysis, problems, true).match(data.inputs(), inputs);
        List<String> outputIds = new PortMatcher(data, analysis, problems, false).match(data.outputs(), outputs);
        for (int i = 0; i < outputIds.size(); i++) {
            if (outputIds.get(i) != null) {
                GraphNode node = graph.node(outputIds.get(i)).orElseThrow();
                String activationProblem = activationProblem(data, node);
                if (activationProblem != null) {
                    problems.add(activationProblem);
                }
            }
        }
        return new GraphDatasetFit(List.copyOf(problems), nullableCopy(inputIds), nullableCopy(outputIds));
    }

    private static List<GraphNode> nodesWithRole(GraphDocument graph, Role role) {
        return graph.nodes().stream()
                .filter(n -> LayerCatalog.find(n.type()).map(LayerType::role).orElse(Role.HIDDEN) == role)
                .toList();
    }

    /**
     * For a graph that answers with a picture (ImageOutput), the check against the dataset's pictures as their own
     * targets ({@link DatasetDescriptor#asReconstruction}); a dataset without one picture per sample cannot teach it.
     */
    public static GraphDatasetFit checkReconstruction(GraphDocument graph, Analysis analysis,
                                                      DatasetDescriptor data) {
        if (!data.hasOnePictureInput()) {
            return new GraphDatasetFit(List.of("The graph answers with a picture (ImageOutput), so it learns to "
                    + "give back the pictures it is shown, but the dataset '" + data.title() + "' does not feed one "
                    + "picture per sample. Choose a dataset of pictures, such as MNIST."), List.of(), List.of());
        }
        return check(graph, analysis, data.asReconstruction());
    }

    /** Classes need softmax (or sigmoid) probabilities; numbers need an unbounded identity output. */
    private static String activationProblem(DatasetDescriptor data, GraphNode node) {
        if (data.task() == DatasetTask.RECONSTRUCTION) {
            // Pictures are no classes; ImageOutput checks its own activation against its channels.
            return null;
        }
        String activation = stringParam(node, "activation", "softmax");
        String loss = stringParam(node, "loss", "mcxent");
        boolean classes = data.task() != DatasetTask.REGRESSION;
        if (classes && !(activation.equals("softmax") || activation.equals("sigmoid"))) {
            return "The dataset '" + data.title() + "' has classes: set the activation of " + node.type()
                    + " node '" + node.id() + "' to softmax and its loss to mcxent (it is " + activation + " with "
                    + loss + ").";
        }
        boolean bounded = activation.equals("softmax") || activation.equals("sigmoid");
        if (!classes && (bounded || loss.equals("mcxent") || loss.equals("xent"))) {
            // Targets are standardised, so half of them are negative: a bounded output cannot reach them.
            return "The dataset '" + data.title() + "' predicts standardised numbers: set the activation of " + node.type()
                    + " node '" + node.id() + "' to identity and its loss to mse (it is " + activation + " with "
                    + loss + ").";
        }
        return null;
    }

    private static String stringParam(GraphNode node, String name, String fallback) {
        Map<String, Object> params = node.params();
        Object value = params == null ? null : params.get(name);
        return value instanceof String s ? s : fallback;
    }

    private static List<String> nullableCopy(List<String> ids) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(ids));
    }
}

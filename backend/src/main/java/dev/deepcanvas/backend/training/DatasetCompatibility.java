package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks, before anything is queued, that a graph's input and output fit the dataset it is to train on,
 * so the user reads "set the Input size to 4" instead of a shape error from deep inside DL4J.
 */
final class DatasetCompatibility {

    private DatasetCompatibility() {
    }

    static List<String> problems(GraphDocument graph, PreparedDataset data) {
        List<String> problems = new ArrayList<>();
        List<GraphNode> inputs = graph.nodes().stream().filter(n -> n.type().equals("Input")).toList();
        List<GraphNode> outputs = graph.nodes().stream().filter(n -> n.type().equals("Output")).toList();
        if (inputs.size() != 1) {
            problems.add("The dataset '" + data.title() + "' feeds one vector Input node; the graph has "
                    + inputs.size() + ".");
        } else {
            Integer size = intParam(inputs.get(0), "size");
            if (size == null || size != data.featureCount()) {
                problems.add("The dataset '" + data.title() + "' has " + data.featureCount()
                        + " features: set the size of Input node '" + inputs.get(0).id() + "' to "
                        + data.featureCount() + " (it is " + size + ").");
            }
        }
        if (outputs.size() != 1) {
            problems.add("The dataset '" + data.title() + "' has one label; the graph has " + outputs.size()
                    + " Output nodes.");
        } else {
            outputProblems(outputs.get(0), data, problems);
        }
        return problems;
    }

    /** The Output node must learn what the dataset labels: its classes, or its numeric targets. */
    private static void outputProblems(GraphNode output, PreparedDataset data, List<String> problems) {
        TaskKind graphTask = TaskKind.ofOutput(output);
        TaskKind dataTask = TaskKind.ofDataset(data);
        if (graphTask != dataTask) {
            problems.add(dataTask == TaskKind.REGRESSION
                    ? "The dataset '" + data.title() + "' has numeric targets: set the loss of Output node '"
                    + output.id() + "' to mse or mae and its activation to identity."
                    : "The dataset '" + data.title() + "' has classes: set the loss of Output node '" + output.id()
                    + "' to mcxent with the softmax activation.");
            return;
        }
        Integer units = intParam(output, "units");
        if (dataTask == TaskKind.REGRESSION) {
            long targets = data.train().getLabels().size(1);
            if (units == null || units != targets) {
                problems.add("The dataset '" + data.title() + "' has " + targets + " numeric target"
                        + (targets == 1 ? "" : "s") + ": set the units of Output node '" + output.id() + "' to "
                        + targets + " (it is " + units + ").");
            }
        } else if (units == null || units != data.classCount()) {
            problems.add("The dataset '" + data.title() + "' has " + data.classCount()
                    + " classes: set the units of Output node '" + output.id() + "' to "
                    + data.classCount() + " (it is " + units + ").");
        }
    }

    private static Integer intParam(GraphNode node, String name) {
        Object value = node.params() == null ? null : node.params().get(name);
        return value instanceof Number number ? number.intValue() : null;
    }
}

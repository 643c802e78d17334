package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.PreparedDataset;
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
            if (size == null || size != (int) data.descriptor().input().shape().elementCount()) {
                problems.add("The dataset '" + data.title() + "' has " + (int) data.descriptor().input().shape().elementCount()
                        + " features: set the size of Input node '" + inputs.get(0).id() + "' to "
                        + (int) data.descriptor().input().shape().elementCount() + " (it is " + size + ").");
            }
        }
        if (outputs.size() != 1) {
            problems.add("The dataset '" + data.title() + "' has one label; the graph has " + outputs.size()
                    + " Output nodes.");
        } else {
            Integer units = intParam(outputs.get(0), "units");
            if (units == null || units != data.classCount()) {
                problems.add("The dataset '" + data.title() + "' has " + data.classCount()
                        + " classes: set the units of Output node '" + outputs.get(0).id() + "' to "
                        + data.classCount() + " (it is " + units + ").");
            }
        }
        return problems;
    }

    private static Integer intParam(GraphNode node, String name) {
        Object value = node.params() == null ? null : node.params().get(name);
        return value instanceof Number number ? number.intValue() : null;
    }
}

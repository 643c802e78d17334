package dev.deepcanvas.backend.dataset;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.document.GraphNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs a dataset's arrays with a graph's input (or output) nodes and describes each mismatch as the edit that fixes
 * it. Exact shape matches are paired first, then nodes of the right type whose parameters differ, then whatever is
 * left, so that with several inputs the messages talk about the node the user most likely meant.
 */
final class PortMatcher {

    private final DatasetDescriptor data;
    private final Analysis analysis;
    private final List<String> problems;
    private final boolean inputs;

    PortMatcher(DatasetDescriptor data, Analysis analysis, List<String> problems, boolean inputs) {
        this.data = data;
        this.analysis = analysis;
        this.problems = problems;
        this.inputs = inputs;
    }

    /** For each spec, the id of the node it is paired with, or null; problems are added along the way. */
    List<String> match(List<TensorSpec> specs, List<GraphNode> nodes) {
        String[] paired = new String[specs.size()];
        Set<String> used = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            for (GraphNode node : nodes) {
                if (!used.contains(node.id()) && specs.get(i).shape().equals(analysis.shapeOf(node.id()))) {
                    paired[i] = node.id();
                    used.add(node.id());
                    break;
                }
            }
        }
        for (int i = 0; i < specs.size(); i++) {
            if (paired[i] != null) {
                continue;
            }
            NodeKind kind = NodeKind.forShape(specs.get(i).shape(), inputs);
            GraphNode sameType = nodes.stream()
                    .filter(n -> !used.contains(n.id()) && n.type().equals(kind.type())).findFirst().orElse(null);
            GraphNode any = nodes.stream().filter(n -> !used.contains(n.id())).findFirst().orElse(null);
            GraphNode chosen = sameType != null ? sameType : any;
            if (chosen == null) {
                problems.add(missing(specs.get(i), kind));
                continue;
            }
            paired[i] = chosen.id();
            used.add(chosen.id());
            problems.add(chosen == sameType ? adjust(specs.get(i), kind, chosen) : replace(specs.get(i), kind, chosen));
        }
        for (GraphNode node : nodes) {
            if (!used.contains(node.id())) {
                problems.add(unused(node, specs.size()));
            }
        }
        return Arrays.asList(paired);
    }

    private String adjust(TensorSpec spec, NodeKind kind, GraphNode node) {
        Shape actual = analysis.shapeOf(node.id());
        if (!inputs && spec.shape().isSequence() && actual != null && actual.isSequence()
                && actual.timeSteps() != spec.shape().timeSteps()) {
            return "The dataset '" + data.title() + "' has targets of " + spec.shape().timeSteps() + " steps, but "
                    + kind.type() + " node '" + node.id() + "' produces " + actual.timeSteps()
                    + ": make the sequence that reaches it " + spec.shape().timeSteps() + " steps long.";
        }
        if (!inputs && spec.shape().isImage()) {
            return "The dataset '" + data.title() + "' " + provides(spec) + ", but " + kind.type() + " node '"
                    + node.id() + "' gets " + (actual == null ? "no picture" : actual.describe()) + ": change the "
                    + "layers before it so that they make a picture of " + spec.shape() + ".";
        }
        List<String> edits = new ArrayList<>();
        long[] wanted = kind.paramValues(spec.shape());
        long[] have = actual == null || actual.kind() != spec.shape().kind() ? null : kind.paramValues(actual);
        for (int p = 0; p < kind.params().size(); p++) {
            if (have == null || have[p] != wanted[p]) {
                edits.add("the " + kind.params().get(p) + " of " + kind.type() + " node '" + node.id() + "' to "
                        + wanted[p] + (have == null ? "" : " (it is " + have[p] + ")"));
            }
        }
        return "The dataset '" + data.title() + "' " + provides(spec) + ": set " + String.join(" and ", edits) + ".";
    }

    private String replace(TensorSpec spec, NodeKind kind, GraphNode node) {
        Shape actual = analysis.shapeOf(node.id());
        return "The dataset '" + data.title() + "' " + provides(spec) + ", but " + node.type() + " node '"
                + node.id() + "' " + (inputs ? "takes " : "produces ")
                + (actual == null ? "something else" : actual.describe()) + ": replace it with " + kind.describe(
                spec.shape()) + ".";
    }

    private String missing(TensorSpec spec, NodeKind kind) {
        return "The dataset '" + data.title() + "' " + provides(spec) + ", but the graph has no "
                + (inputs ? "input" : "output") + " node left for it: add " + kind.describe(spec.shape()) + ".";
    }

    private String unused(GraphNode node, int count) {
        return node.type() + " node '" + node.id() + "' " + (inputs ? "gets no data" : "has no labels")
                + ": the dataset '" + data.title() + "' has " + count + " " + (inputs ? "input" : "output")
                + (count == 1 ? "" : "s") + ". Remove the node or choose a dataset that feeds it.";
    }

    /** "has 4 features", "has 3 classes", "provides images of 28×28×1 as 'pixels'". */
    private String provides(TensorSpec spec) {
        Shape shape = spec.shape();
        if (inputs) {
            return switch (shape.kind()) {
                case VECTOR -> "has " + shape.size() + " features";
                case IMAGE -> "provides images of " + shape + " as '" + spec.name() + "'";
                case SEQUENCE -> "provides sequences of " + shape + " (time steps × features) as '" + spec.name()
                        + "'";
                case TOKENS -> "provides " + shape + " ids as '" + spec.name() + "'";
            };
        }
        if (shape.isSequence()) {
            return "predicts one of " + shape.features() + " tokens at each of " + shape.timeSteps() + " steps";
        }
        if (shape.isImage()) {
            return "wants each picture back, of " + shape;
        }
        return data.task() == DatasetTask.REGRESSION
                ? "predicts " + shape.size() + " number" + (shape.size() == 1 ? "" : "s") + " per sample"
                : "has " + shape.size() + " classes";
    }
}

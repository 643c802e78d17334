package dev.deepcanvas.graph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Result of analysing a graph: every problem found, per-node shapes and statistics, and totals.
 *
 * @param warnings        what is allowed but rarely meant (two networks in one graph); they do not make the graph
 *                        invalid, and are only looked for in a graph without problems
 * @param nodes           by node id, in document order
 * @param totalParams     trainable parameters of the whole graph
 * @param multiplyAdds    multiply-add operations for one sample's forward pass
 * @param activationBytes memory for one sample's forward activations (float32)
 */
public record Analysis(List<Problem> problems, Map<String, NodeInfo> nodes, long totalParams, long multiplyAdds,
                       long activationBytes, List<Problem> warnings) {

    public Analysis {
        problems = List.copyOf(problems);
        nodes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nodes));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** An analysis without warnings. */
    public Analysis(List<Problem> problems, Map<String, NodeInfo> nodes, long totalParams, long multiplyAdds,
                    long activationBytes) {
        this(problems, nodes, totalParams, multiplyAdds, activationBytes, List.of());
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public List<Problem> problemsFor(String nodeId) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) {
            if (nodeId != null && nodeId.equals(p.nodeId())) {
                out.add(p);
            }
        }
        return out;
    }

    /** The output shape of a node, or null when unknown. */
    public Shape shapeOf(String nodeId) {
        NodeInfo info = nodes.get(nodeId);
        return info == null ? null : info.outputShape();
    }

    public boolean hasProblem(ProblemCode code) {
        return problems.stream().anyMatch(p -> p.code() == code);
    }
}

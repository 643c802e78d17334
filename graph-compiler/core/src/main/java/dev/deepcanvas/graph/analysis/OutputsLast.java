package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.Role;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * An Output or RnnOutput is where the network ends: it compares its prediction with the labels and starts the
 * backward pass. DL4J builds an output layer only as a sink (it has no incoming gradient to pass on), so a node after
 * one would never get data while training: the network fails at its first step. Each edge out of an output is
 * therefore refused, on the output, naming the edge.
 */
final class OutputsLast {

    private OutputsLast() {
    }

    static void check(GraphIndex index, Map<String, LayerType> types, List<Problem> problems) {
        for (String id : index.nodes().keySet()) {
            LayerType t = types.get(id);
            if (t == null || t.role() != Role.OUTPUT) {
                continue;
            }
            for (String next : new LinkedHashSet<>(index.successors(id))) {
                if (next.equals(id)) {
                    continue; // a loop onto itself is reported as a CYCLE
                }
                for (GraphEdge edge : index.incoming(next)) {
                    if (edge.source().equals(id)) {
                        problems.add(refusal(t, id, PortCheck.label(edge), next));
                    }
                }
            }
        }
    }

    private static Problem refusal(LayerType t, String id, String label, String next) {
        return new Problem(ProblemCode.OUTPUT_NOT_LAST, id, label, t.type() + " " + id + " ends the network: it "
                + "makes the prediction and carries the loss, so nothing can come after it, but edge " + label
                + " feeds it into " + next + ". Connect " + next + " to the layer before " + id + " instead (outputs "
                + "can share their inputs), or delete the edge.");
    }
}

package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.layers.Arity;
import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.Role;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Edges and input ports: each edge names existing nodes and a port the target has, each port takes one edge, the
 * ports in use leave no gap, and every node gets as many inputs as it needs. Each problem names the edge to
 * highlight where one edge is at fault, and a node whose inputs are wrong is marked broken (no shape for it).
 */
final class PortCheck {

    private final GraphDocument doc;
    private final GraphIndex index;
    private final Map<String, LayerType> types;
    private final List<Problem> problems;
    private final Set<String> broken;

    PortCheck(GraphDocument doc, GraphIndex index, Map<String, LayerType> types, List<Problem> problems,
              Set<String> broken) {
        this.doc = doc;
        this.index = index;
        this.types = types;
        this.problems = problems;
        this.broken = broken;
    }

    void check() {
        checkEdges();
        for (GraphNode n : index.nodes().values()) {
            LayerType t = types.get(n.id());
            if (t != null) {
                checkPorts(n.id(), t);
            }
        }
    }

    private void checkEdges() {
        for (GraphEdge e : doc.edges()) {
            String label = label(e);
            for (String end : new String[] {e.source(), e.target()}) {
                if (!index.nodes().containsKey(end)) {
                    problems.add(new Problem(ProblemCode.UNKNOWN_NODE, null, label, "Edge " + label
                            + " refers to node \"" + end + "\", which does not exist. Delete the edge."));
                }
            }
        }
    }

    private void checkPorts(String id, LayerType t) {
        // An edge from a node to itself is reported as a CYCLE, not as an input.
        List<GraphEdge> in = index.incoming(id).stream().filter(e -> !e.source().equals(e.target())).toList();
        if (in.isEmpty() && !index.incoming(id).isEmpty()) {
            return;
        }
        if (t.role() == Role.INPUT) {
            if (!in.isEmpty()) {
                fail(ProblemCode.ARITY, id, label(in.get(0)), t.type() + " " + id + " is a data input and takes "
                        + "no incoming edges, but edge " + label(in.get(0)) + " goes into it. Delete the edge.");
            }
            return;
        }
        if (in.isEmpty()) {
            fail(ProblemCode.DANGLING_INPUT, id, null, t.type() + " " + id + " has nothing connected to its "
                    + "input. Connect a node's output to it.");
            return;
        }
        Arity arity = t.arity();
        TreeMap<Integer, GraphEdge> byPort = new TreeMap<>();
        Map<Integer, GraphEdge> first = new HashMap<>();
        for (GraphEdge e : in) {
            int port = e.targetPort();
            if (port < 0) {
                fail(ProblemCode.ARITY, id, label(e), "Edge " + label(e) + " goes into port " + port + " of " + id
                        + "; ports are numbered from 0. Connect it to port 0" + (t.arity().max() > 1 ? " or another free port"
                        : "") + ".");
            } else if (port >= arity.max()) {
                fail(ProblemCode.ARITY, id, label(e), t.type() + " " + id + " takes " + ports(t) + ", but edge "
                        + label(e) + " goes into port " + port + ". Connect it to "
                        + (arity.max() == 1 ? "port 0" : "a free port among them") + ", or combine the inputs "
                        + "first with a merge node (Concatenate, Add).");
            } else if (first.putIfAbsent(port, e) != null) {
                fail(ProblemCode.ARITY, id, label(e), "Input port " + port + portName(t, port) + " of " + t.type()
                        + " " + id + " is fed by two edges (" + label(first.get(port)) + " and " + label(e)
                        + "). Each port takes one edge: "
                        + (arity.max() > 1 ? "move one to a free port, or " : "")
                        + "combine them first with a merge node (Concatenate, Add).");
            } else {
                byPort.put(port, e);
            }
        }
        if (broken.contains(id)) {
            return;
        }
        int expected = 0;
        for (Map.Entry<Integer, GraphEdge> e : byPort.entrySet()) {
            if (e.getKey() != expected) {
                fail(ProblemCode.DANGLING_INPUT, id, label(e.getValue()), "Input port " + expected
                        + portName(t, expected) + " of " + t.type() + " " + id + " is not connected, but port "
                        + e.getKey() + " is (edge " + label(e.getValue()) + "). Connect port " + expected
                        + ", or move edge " + label(e.getValue()) + " to it.");
                return;
            }
            expected++;
        }
        int count = byPort.size();
        if (count < arity.min()) {
            fail(ProblemCode.ARITY, id, null, t.type() + " " + id + " needs at least " + arity.min()
                    + " inputs but has " + count + ". Connect another input" + (count == 1 ? " or remove the node."
                    : "."));
        }
    }

    /** "one input (port 0)", "at most 3 inputs (ports 0 to 2: queries, keys, values)". */
    private static String ports(LayerType t) {
        int max = t.arity().max();
        if (max == 1) {
            return "one input (port 0)";
        }
        List<String> labels = t.portLabels();
        return "at most " + max + " inputs (ports 0 to " + (max - 1)
                + (labels.isEmpty() ? "" : ": " + String.join(", ", labels)) + ")";
    }

    private static String portName(LayerType t, int port) {
        List<String> labels = t.portLabels();
        return port < labels.size() ? " (" + labels.get(port) + ")" : "";
    }

    private void fail(ProblemCode code, String nodeId, String edgeId, String message) {
        problems.add(new Problem(code, nodeId, edgeId, message));
        broken.add(nodeId);
    }

    static String label(GraphEdge e) {
        return e.id() != null ? e.id() : e.source() + "→" + e.target();
    }
}

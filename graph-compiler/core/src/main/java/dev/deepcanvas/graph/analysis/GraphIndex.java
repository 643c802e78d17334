package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adjacency of a document, tolerant of broken documents: duplicate node ids keep the first node, edges naming
 * unknown nodes are left out. Used by the analyzer and the compiler so both agree on order and inputs.
 */
public final class GraphIndex {

    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private final Map<String, List<GraphEdge>> incoming = new HashMap<>();
    private final Map<String, List<String>> outgoing = new HashMap<>();

    private GraphIndex() {
    }

    public static GraphIndex of(GraphDocument doc) {
        GraphIndex idx = new GraphIndex();
        for (GraphNode n : doc.nodes()) {
            if (n != null && n.id() != null && !idx.nodes.containsKey(n.id())) {
                idx.nodes.put(n.id(), n);
            }
        }
        for (GraphEdge e : doc.edges()) {
            if (e == null || !idx.nodes.containsKey(e.source()) || !idx.nodes.containsKey(e.target())) {
                continue;
            }
            idx.incoming.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e);
            idx.outgoing.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
        }
        for (List<GraphEdge> in : idx.incoming.values()) {
            in.sort(Comparator.comparingInt(GraphEdge::targetPort));
        }
        return idx;
    }

    /** Nodes by id (first occurrence of each id), in document order. */
    public Map<String, GraphNode> nodes() {
        return nodes;
    }

    /** Edges into a node, sorted by target port. */
    public List<GraphEdge> incoming(String nodeId) {
        return incoming.getOrDefault(nodeId, List.of());
    }

    /** Source node ids feeding a node, in port order. */
    public List<String> inputsOf(String nodeId) {
        List<String> out = new ArrayList<>();
        for (GraphEdge e : incoming(nodeId)) {
            out.add(e.source());
        }
        return out;
    }

    public List<String> successors(String nodeId) {
        return outgoing.getOrDefault(nodeId, List.of());
    }

    /**
     * For every node, the given input nodes whose data reaches it (in the order of {@code inputIds}); an input node
     * reaches itself. Nodes on cycles get whatever reaches them before the cycle.
     */
    public Map<String, List<String>> upstreamInputs(List<String> inputIds) {
        Map<String, Set<String>> sets = new HashMap<>();
        Set<String> inputs = new LinkedHashSet<>(inputIds);
        for (String id : topologicalOrder()) {
            Set<String> s = new HashSet<>();
            if (inputs.contains(id)) {
                s.add(id);
            }
            for (String src : inputsOf(id)) {
                Set<String> up = sets.get(src);
                if (up != null) {
                    s.addAll(up);
                }
            }
            sets.put(id, s);
        }
        Map<String, List<String>> out = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : sets.entrySet()) {
            List<String> ordered = new ArrayList<>();
            for (String in : inputIds) {
                if (e.getValue().contains(in)) {
                    ordered.add(in);
                }
            }
            out.put(e.getKey(), ordered);
        }
        return out;
    }

    /**
     * Topological order (Kahn's algorithm, ties broken by document order for stable output). Nodes on or after a
     * cycle are missing from it; {@link #cycleNodes()} tells which are on one.
     */
    public List<String> topologicalOrder() {
        Map<String, Integer> indegree = new HashMap<>();
        for (String id : nodes.keySet()) {
            indegree.put(id, incoming(id).size());
        }
        Deque<String> ready = new ArrayDeque<>();
        for (String id : nodes.keySet()) {
            if (indegree.get(id) == 0) {
                ready.add(id);
            }
        }
        List<String> order = new ArrayList<>(nodes.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String next : successors(id)) {
                if (indegree.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return order;
    }

    /**
     * The nodes lying on a cycle: what Kahn's algorithm leaves over, minus the nodes that are merely downstream of a
     * cycle (peeled off by running the same algorithm backwards on the remainder).
     */
    public Set<String> cycleNodes() {
        Set<String> rest = new LinkedHashSet<>(nodes.keySet());
        topologicalOrder().forEach(rest::remove);
        if (rest.isEmpty()) {
            return rest;
        }
        Map<String, Integer> outdegree = new HashMap<>();
        Map<String, List<String>> preds = new HashMap<>();
        for (String id : rest) {
            int count = 0;
            for (String s : successors(id)) {
                if (rest.contains(s)) {
                    count++;
                    preds.computeIfAbsent(s, k -> new ArrayList<>()).add(id);
                }
            }
            outdegree.put(id, count);
        }
        Deque<String> sinks = new ArrayDeque<>();
        for (String id : rest) {
            if (outdegree.get(id) == 0) {
                sinks.add(id);
            }
        }
        while (!sinks.isEmpty()) {
            String id = sinks.poll();
            rest.remove(id);
            for (String p : preds.getOrDefault(id, List.of())) {
                if (outdegree.merge(p, -1, Integer::sum) == 0) {
                    sinks.add(p);
                }
            }
        }
        return rest;
    }
}

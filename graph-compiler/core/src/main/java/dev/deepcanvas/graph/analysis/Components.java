package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphEdge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the separate networks of a graph: nodes joined by edges, in either direction. Two of them in one graph train
 * side by side without sharing anything, which DL4J allows and is rarely meant (a forgotten edge), so the analyzer
 * warns and lists which nodes form each. A GAN's blocks count as joined: the compiler wires the generator's sample
 * (and its class) into the discriminator.
 */
final class Components {

    /** At most this many node ids are listed per part, so that a warning stays one readable line. */
    private static final int SHOWN = 6;

    private Components() {
    }

    /**
     * @param joined pairs of node ids the compiler connects although no edge does (a GAN's blocks)
     * @return the DISCONNECTED warning, or null when the graph is one network
     */
    static Problem warning(GraphIndex index, List<String[]> joined) {
        Map<String, String> parent = new HashMap<>();
        for (String id : index.nodes().keySet()) {
            parent.put(id, id);
        }
        for (String id : index.nodes().keySet()) {
            for (GraphEdge e : index.incoming(id)) {
                union(parent, e.source(), e.target());
            }
        }
        for (String[] pair : joined) {
            if (parent.containsKey(pair[0]) && parent.containsKey(pair[1])) {
                union(parent, pair[0], pair[1]);
            }
        }
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (String id : index.nodes().keySet()) {
            parts.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(id);
        }
        if (parts.size() < 2) {
            return null;
        }
        StringBuilder sb = new StringBuilder("The graph is ").append(parts.size()).append(" separate networks that "
                + "share nothing: ");
        int n = 0;
        for (List<String> part : parts.values()) {
            sb.append(n++ == 0 ? "" : "; ").append(describe(part));
        }
        sb.append(". They would train side by side, each on its own inputs and labels. If they belong together, "
                + "connect them (a Concatenate joins branches); otherwise make a graph of each.");
        return Problem.ofNode(ProblemCode.DISCONNECTED, parts.values().stream().skip(1).findFirst().orElseThrow()
                .get(0), sb.toString());
    }

    private static String describe(List<String> part) {
        String shown = String.join(", ", part.subList(0, Math.min(SHOWN, part.size())));
        return part.size() <= SHOWN ? "{" + shown + "}" : "{" + shown + " and " + (part.size() - SHOWN) + " more}";
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        while (!parent.get(id).equals(root)) {
            String next = parent.get(id);
            parent.put(id, root);
            id = next;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}

package dev.deepcanvas.app.editor;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Connecting two layers without dragging a wire: the keyboard's way (Properties → Connect output to). Makes the
 * same edge the canvas makes for a drag: into the target's next free input, with an id like "e-a-b".
 */
final class Connections {

    private Connections() {
    }

    /** The layers {@code sourceId}'s output may feed: not itself, not an input layer, not one it already feeds. */
    static List<String> targetsFor(GraphDocument doc, String sourceId) {
        Set<String> fed = doc.edges().stream().filter(e -> e.source().equals(sourceId)).map(GraphEdge::target)
                .collect(Collectors.toSet());
        return doc.nodes().stream()
                .filter(n -> !n.id().equals(sourceId) && !fed.contains(n.id()) && role(n) != Role.INPUT)
                .map(GraphNode::id).toList();
    }

    /** Whether a layer has an output to connect (an Output layer has none). */
    static boolean hasOutput(GraphNode node) {
        return role(node) != Role.OUTPUT;
    }

    static GraphDocument connect(GraphDocument doc, String sourceId, String targetId) {
        int port = (int) doc.edges().stream().filter(e -> e.target().equals(targetId)).count();
        Set<String> taken = doc.edges().stream().map(GraphEdge::id).collect(Collectors.toSet());
        String id = "e-" + sourceId + "-" + targetId;
        for (int i = 2; taken.contains(id); i++) {
            id = "e-" + sourceId + "-" + targetId + "-" + i;
        }
        List<GraphEdge> edges = new ArrayList<>(doc.edges());
        edges.add(new GraphEdge(id, sourceId, targetId, port));
        return doc.withEdges(edges);
    }

    private static Role role(GraphNode node) {
        return LayerCatalog.find(node.type()).map(LayerType::role).orElse(Role.HIDDEN);
    }
}

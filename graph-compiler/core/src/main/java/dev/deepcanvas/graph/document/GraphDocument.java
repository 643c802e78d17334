package dev.deepcanvas.graph.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one graph format used everywhere: canvas state, saved versions, templates, exports, share links and the CLI.
 * Missing collections are normalised to empty lists and missing training settings to {@link TrainingSettings#defaults()}
 * so that every consumer can rely on non-null values.
 */
@JsonPropertyOrder({"format", "version", "name", "description", "nodes", "edges", "training"})
public record GraphDocument(String format, int version, String name, String description,
                            List<GraphNode> nodes, List<GraphEdge> edges, TrainingSettings training) {

    /** The format name every document carries, so that other JSON files are recognised as such. */
    public static final String FORMAT = "deepcanvas-graph";
    /** The newest document version this compiler understands. */
    public static final int CURRENT_VERSION = 1;

    public GraphDocument {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        edges = edges == null ? List.of() : List.copyOf(edges);
        training = training == null ? TrainingSettings.defaults() : training;
    }

    /** A current-version document with the given content. */
    public static GraphDocument of(String name, List<GraphNode> nodes, List<GraphEdge> edges, TrainingSettings training) {
        return new GraphDocument(FORMAT, CURRENT_VERSION, name, "", nodes, edges, training);
    }

    public GraphDocument withNodes(List<GraphNode> newNodes) {
        return new GraphDocument(format, version, name, description, newNodes, edges, training);
    }

    public GraphDocument withEdges(List<GraphEdge> newEdges) {
        return new GraphDocument(format, version, name, description, nodes, newEdges, training);
    }

    public GraphDocument withTraining(TrainingSettings newTraining) {
        return new GraphDocument(format, version, name, description, nodes, edges, newTraining);
    }

    public GraphDocument withName(String newName) {
        return new GraphDocument(format, version, newName, description, nodes, edges, training);
    }

    /** Returns a copy where the node with the given id is replaced (nodes keep their order). */
    public GraphDocument withNode(GraphNode replacement) {
        List<GraphNode> copy = new ArrayList<>(nodes.size());
        for (GraphNode n : nodes) {
            copy.add(n.id() != null && n.id().equals(replacement.id()) ? replacement : n);
        }
        return withNodes(copy);
    }

    /** The first node with this id, if any. */
    public Optional<GraphNode> node(String id) {
        for (GraphNode n : nodes) {
            if (n.id() != null && n.id().equals(id)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}

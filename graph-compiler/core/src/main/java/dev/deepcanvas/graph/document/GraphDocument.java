package dev.deepcanvas.graph.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one graph format used everywhere: canvas state, saved versions, templates, exports, share links and the CLI.
 * Missing collections are normalised to empty lists and missing training settings to {@link TrainingSettings#defaults()}
 * so that every consumer can rely on non-null values.
 *
 * <p>Documents are immutable: every edit ({@code with...}/{@code without...}) returns a new document, so an editor
 * keeps its undo history simply as the documents before each edit. Edits that name nodes by id skip ids that no
 * node has: the canvas may have deleted a node while a form for it was still open, and such an edit then has
 * nothing left to change.
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

    /**
     * A copy with this description, kept as typed (a blank one reads as no description wherever it is shown);
     * null means none.
     */
    public GraphDocument withDescription(String newDescription) {
        return new GraphDocument(format, version, name, newDescription, nodes, edges, training);
    }

    /**
     * A copy where one parameter of one node is set to {@code value}; other parameters and nodes are untouched.
     * An unknown node id leaves the document as it is.
     *
     * @throws IllegalArgumentException when {@code param} is null or blank
     */
    public GraphDocument withParam(String nodeId, String param, Object value) {
        if (param == null || param.isBlank()) {
            throw new IllegalArgumentException("A parameter needs a name to be set on node '" + nodeId + "'.");
        }
        return node(nodeId).map(n -> withNode(n.withParam(param, value))).orElse(this);
    }

    /**
     * A copy where the given nodes belong to a GAN block, {@link GraphNode#GENERATOR} or
     * {@link GraphNode#DISCRIMINATOR}, or to no block when {@code block} is null (ungrouping). Whether the blocks
     * then form a valid GAN is the analyzer's judgement, not this edit's. Unknown ids are skipped.
     *
     * @throws IllegalArgumentException when {@code block} names anything else
     */
    public GraphDocument withBlock(Collection<String> nodeIds, String block) {
        if (block != null && !GraphNode.GENERATOR.equals(block) && !GraphNode.DISCRIMINATOR.equals(block)) {
            throw new IllegalArgumentException("'" + block + "' is not a GAN block: use '" + GraphNode.GENERATOR
                    + "', '" + GraphNode.DISCRIMINATOR + "' or none.");
        }
        Set<String> ids = idSet(nodeIds);
        List<GraphNode> copy = new ArrayList<>(nodes.size());
        for (GraphNode n : nodes) {
            copy.add(ids.contains(n.id()) ? n.withGroup(block) : n);
        }
        return withNodes(copy);
    }

    /**
     * A copy without the given nodes and without every edge into or out of them, so that no edge is left pointing
     * at a missing node. Nodes that were fed by a removed node stay, unconnected there (the analyzer then reports
     * their missing input). Remaining nodes and edges keep their order; unknown ids are skipped.
     */
    public GraphDocument withoutNodes(Collection<String> nodeIds) {
        Set<String> ids = idSet(nodeIds);
        List<GraphNode> keptNodes = nodes.stream().filter(n -> !ids.contains(n.id())).toList();
        List<GraphEdge> keptEdges = edges.stream()
                .filter(e -> !ids.contains(e.source()) && !ids.contains(e.target()))
                .toList();
        return withNodes(keptNodes).withEdges(keptEdges);
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

    /** A set that tolerates null ids: a document read from elsewhere may have nodes or edge ends without one. */
    private static Set<String> idSet(Collection<String> ids) {
        return new HashSet<>(Objects.requireNonNull(ids, "node ids are required (an empty collection for none)"));
    }
}

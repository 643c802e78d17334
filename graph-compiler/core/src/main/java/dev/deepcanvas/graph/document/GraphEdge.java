package dev.deepcanvas.graph.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A connection from the (single) output of {@code source} to input port {@code targetPort} of {@code target}.
 * Ports are numbered from 0; the order matters for merges (Subtract, Concatenate) and the Attention vertex.
 */
@JsonPropertyOrder({"id", "source", "target", "targetPort"})
public record GraphEdge(String id, String source, String target, int targetPort) {

    public static GraphEdge of(String id, String source, String target) {
        return new GraphEdge(id, source, target, 0);
    }
}

package dev.deepcanvas.backend.graph;

import dev.deepcanvas.graph.document.GraphDocument;

import java.time.Instant;

/**
 * A graph as stored: its latest document and the version number of that document.
 *
 * @param lockVersion the optimistic-lock token the next save must present
 */
public record SavedGraph(long id, String name, String description, int version, long lockVersion,
                         Instant updatedAt, GraphDocument document) {
}

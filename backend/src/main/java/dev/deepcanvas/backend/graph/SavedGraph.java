package dev.deepcanvas.backend.graph;

import dev.deepcanvas.graph.document.GraphDocument;

import java.time.Instant;

/**
 * A graph as stored: its latest document and the version number of that document, with who owns it and how it
 * is shared.
 *
 * @param lockVersion the optimistic-lock token the next save must present
 * @param editable    whether the caller owns it (others may only read a public or shared graph, and fork it)
 * @param shareToken  the secret of its read-only link, or null when it has none; only shown to the owner
 */
public record SavedGraph(long id, String name, String description, int version, long lockVersion,
                         Instant updatedAt, GraphDocument document, String ownerName, boolean editable,
                         boolean isPublic, String shareToken, boolean shareRuns, Long forkedFromId, int forkCount) {
}

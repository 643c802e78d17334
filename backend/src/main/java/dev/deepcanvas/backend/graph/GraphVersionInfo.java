package dev.deepcanvas.backend.graph;

import java.time.Instant;

/** One saved version of a graph, as listed in its history. */
public record GraphVersionInfo(long graphId, int version, Instant savedAt, int nodeCount) {
}

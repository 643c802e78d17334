package dev.deepcanvas.backend.sharing;

import java.time.Instant;

/** A graph in the community gallery: what it is, who made it and how often it was forked. */
public record PublicGraph(long id, String name, String description, String author, int layers, int forkCount,
                          Instant updatedAt) {
}

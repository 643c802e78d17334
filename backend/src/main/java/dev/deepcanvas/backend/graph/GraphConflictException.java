package dev.deepcanvas.backend.graph;

/** Someone saved the graph since it was opened; the caller decides whether to reload or save a copy. */
public class GraphConflictException extends RuntimeException {

    public GraphConflictException(String name) {
        super("'" + name + "' was saved elsewhere after you opened it. Reload it, or save your version as a copy.");
    }
}

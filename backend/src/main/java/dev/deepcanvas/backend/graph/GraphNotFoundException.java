package dev.deepcanvas.backend.graph;

/** The graph does not exist (or the caller may not see it: both answer the same). */
public class GraphNotFoundException extends RuntimeException {

    public GraphNotFoundException(long id) {
        super("Graph " + id + " does not exist.");
    }
}

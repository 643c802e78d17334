package dev.deepcanvas.backend.graph;

/**
 * The graph does not exist, or the caller may not see it: both answer the same, so probing ids or share
 * tokens reveals nothing.
 */
public class GraphNotFoundException extends RuntimeException {

    public GraphNotFoundException(long id) {
        super("Graph " + id + " does not exist, or it is not shared with you.");
    }

    public GraphNotFoundException() {
        super("This link does not lead to a shared graph: it may be mistyped, or its owner stopped sharing it.");
    }
}

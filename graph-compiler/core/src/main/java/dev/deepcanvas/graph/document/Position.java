package dev.deepcanvas.graph.document;

/** Canvas coordinates of a node; purely visual. */
public record Position(double x, double y) {
}

package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

import java.util.List;

/**
 * What a shape rule gets: the node id (for messages), its validated parameters, and the output shapes of its inputs
 * in port order (all known; the analyzer does not call a rule while an input shape is unknown).
 */
public record ShapeContext(String nodeId, Params params, List<Shape> inputs) {

    public Shape input() {
        return inputs.get(0);
    }
}

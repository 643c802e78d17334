package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

import java.util.List;

/**
 * What a shape rule gets: the node id (for messages), its validated parameters, and the output shapes of its inputs
 * in port order (all known; the analyzer does not call a rule while an input shape is unknown).
 *
 * @param networkInputs for each port, the shapes of the network inputs (Input nodes) whose data reaches that port;
 *                      needed by the few vertices DL4J ties to a network input (DuplicateToSequence, LastTimeStep)
 */
public record ShapeContext(String nodeId, Params params, List<Shape> inputs, List<List<Shape>> networkInputs) {

    public ShapeContext(String nodeId, Params params, List<Shape> inputs) {
        this(nodeId, params, inputs, List.of());
    }

    public Shape input() {
        return inputs.get(0);
    }

    public Shape input(int port) {
        return inputs.get(port);
    }
}

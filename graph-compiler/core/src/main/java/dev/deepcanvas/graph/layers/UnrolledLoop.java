package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.analysis.Shape;

/**
 * The layers DL4J runs as SameDiff graphs (GRU, RecurrentAttention) have no loop over time: their graph repeats a
 * step's operations once per time step, so its size, the time to build it and every training step grow with the
 * sequence (measured on two busy cores: a 32-unit GRU over 200 steps takes 45 s for its first training step and 17 s
 * for each after it; a RecurrentAttention over 100 steps 22 s; a GRU over a million steps never finishes one). They
 * are therefore limited to a fixed length each, whatever the configured caps allow a layer that loops.
 */
final class UnrolledLoop {

    private UnrolledLoop() {
    }

    /**
     * Null when the sequence is short enough, else the TOO_LARGE failure naming the node, the length and the way out.
     */
    static ShapeResult check(String type, String nodeId, Shape in, long maxSteps) {
        if (in.timeSteps() <= maxSteps) {
            return null;
        }
        return ShapeResult.fail(ProblemCode.TOO_LARGE, type + " " + nodeId + " takes sequences of at most " + maxSteps
                + " time steps, but gets " + in.describe() + ": it builds a copy of its operations for every step, "
                + "so a longer sequence makes a network too big to train. Shorten the sequence before it (a "
                + "Conv1D or MaxPool1D with a stride), or use LSTM, which loops over time instead.");
    }
}

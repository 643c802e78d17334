package dev.deepcanvas.backend.node;

/**
 * A reason for this node not to start, phrased for the operator at the terminal: what is wrong and what to do. The
 * application prints the message as its one line and stops, before it touches the database.
 */
public class NodeStartupRefusal extends RuntimeException {

    public NodeStartupRefusal(String message) {
        super(message);
    }
}

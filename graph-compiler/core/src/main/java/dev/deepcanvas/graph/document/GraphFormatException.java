package dev.deepcanvas.graph.document;

/**
 * A graph document that cannot be read. The message is meant for the user as is: it says what is wrong and where,
 * never contains a stack trace, and is safe to show in the browser or print from the CLI.
 */
public class GraphFormatException extends Exception {

    public GraphFormatException(String message) {
        super(message);
    }

    public GraphFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

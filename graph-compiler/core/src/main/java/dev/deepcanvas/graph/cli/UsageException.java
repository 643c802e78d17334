package dev.deepcanvas.graph.cli;

/** A wrong command line: the message says what, and the usage text follows it (exit code 2). */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}

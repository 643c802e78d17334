package dev.deepcanvas.backend.database;

/**
 * A database that cannot be used, already phrased for the person who configured it: what is wrong and what to do.
 * It carries no stack trace worth showing; the cause, when there is one, goes to the log.
 */
public class DatabaseProblem extends RuntimeException {

    public DatabaseProblem(String message) {
        super(message);
    }

    public DatabaseProblem(String message, Throwable cause) {
        super(message, cause);
    }
}

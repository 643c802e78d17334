package dev.deepcanvas.app.startup;

/** A reason not to start, already phrased for the person at the terminal: what is wrong and what to do. */
public class StartupProblem extends RuntimeException {

    public StartupProblem(String message) {
        super(message);
    }
}

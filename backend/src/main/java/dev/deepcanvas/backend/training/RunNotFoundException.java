package dev.deepcanvas.backend.training;

/** A run id that names no stored run (it may have been deleted in another tab). */
public class RunNotFoundException extends RuntimeException {

    public RunNotFoundException(long runId) {
        super("There is no run #" + runId + "; it may have been deleted. Reload the list of runs.");
    }
}

package dev.deepcanvas.db.run;

/** Life cycle of a training run. Terminal states never change again. */
public enum RunStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    /** The app stopped while the run was queued or running. */
    INTERRUPTED;

    public boolean isTerminal() {
        return this != QUEUED && this != RUNNING;
    }
}

package dev.deepcanvas.backend.training;

import dev.deepcanvas.db.run.RunStatus;

/**
 * Where a run is in its life, as the pages show it. The database keeps its own status column; this is the same
 * life cycle in the backend's vocabulary, so that views never depend on how runs are stored.
 */
public enum RunState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    /** The app stopped while the run was queued or running; it can be resumed. */
    INTERRUPTED;

    /** Whether the run has ended: a terminal state never changes again (except an interrupted run resumed). */
    public boolean isTerminal() {
        return this != QUEUED && this != RUNNING;
    }

    static RunState of(RunStatus stored) {
        return valueOf(stored.name());
    }
}

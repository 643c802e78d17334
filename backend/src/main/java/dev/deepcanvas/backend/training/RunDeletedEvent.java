package dev.deepcanvas.backend.training;

/**
 * Published after a run and its files are deleted, so caches holding its model let go of it.
 *
 * @param elsewhere whether another node of the installation deleted it (and this one only heard of it); such an event
 *                  is not passed on again
 */
public record RunDeletedEvent(long runId, boolean elsewhere) {

    /** A run deleted by this process. */
    public RunDeletedEvent(long runId) {
        this(runId, false);
    }
}

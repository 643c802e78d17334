package dev.deepcanvas.backend.training.run;

/** Why a job was asked to stop before its last epoch. */
enum StopReason {
    /** The user cancelled: the run ends for good. */
    CANCEL,
    /**
     * This process is shutting down: a single process leaves the run interrupted (resumable from its checkpoint);
     * a worker of a cluster gives it back to the queue for another worker.
     */
    SHUTDOWN,
    /** The run is no longer this worker's (another one took it over): stop and write nothing. */
    ABANDON
}

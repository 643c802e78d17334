package dev.deepcanvas.backend.training.run;

/** How a job left its run, which decides what becomes of the run's place in the job engine's queue. */
public enum JobOutcome {
    /** The run reached a state of its own (succeeded, failed, cancelled or interrupted): it leaves the queue. */
    ENDED,
    /** The worker stops and gave the run back: it waits in the queue, in its old place, for the next free worker. */
    HANDED_BACK,
    /**
     * The worker let go without writing (another worker took the run over, or the database stayed away too long):
     * whoever holds the run's claim carries on, or the expired claim brings it back to the queue.
     */
    ABANDONED
}

package dev.deepcanvas.backend.training.run;

/**
 * A claimed run as the worker sees it: something to train that can be asked to stop. Ordinary graphs and GANs train
 * in different loops but start, cancel and shut down alike.
 */
public interface RunJob {

    long runId();

    /** The claim the job writes under. */
    RunClaim claim();

    /** Asks the job to end the run as cancelled, before its next minibatch. */
    void cancel();

    /** Asks the job to stop before its next minibatch because this process stops (interrupted, or handed back). */
    void interrupt();

    /** Asks the job to stop before its next minibatch without writing anything: the run is no longer this worker's. */
    void abandon();

    /** Trains on the calling thread until the run ends or the job is stopped. */
    JobOutcome run();
}

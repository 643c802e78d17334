package dev.deepcanvas.backend.training.run;

/**
 * A queued run as the training pool sees it: something to run that can be asked to stop. Ordinary graphs and
 * GANs train in different loops but queue, cancel and shut down alike.
 */
public interface RunJob extends Runnable {

    long runId();

    /** Asks the job to end the run as cancelled, before its next minibatch. */
    void cancel();

    /** Asks the job to leave the run interrupted, before its next minibatch. */
    void interrupt();
}

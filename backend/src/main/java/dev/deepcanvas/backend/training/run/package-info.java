/**
 * The life cycle every run shares, whatever it trains: the queue and its worker threads, the job base class
 * (stop requests, failure and interruption messages), the recorder of a run's rows and metrics, the run's files,
 * the pieces of the minibatch loop (batches, sampling, throttling, ETA, divergence) and the recovery of runs left
 * unfinished by a previous process. A kind of run plugs in through
 * {@link dev.deepcanvas.backend.training.run.RunPlanner}.
 */
package dev.deepcanvas.backend.training.run;

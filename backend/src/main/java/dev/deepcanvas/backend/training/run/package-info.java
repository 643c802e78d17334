/**
 * The life cycle every run shares, whatever it trains: the jobs training in this process
 * ({@link dev.deepcanvas.backend.training.run.ActiveJobs}) and how many may ({@link
 * dev.deepcanvas.backend.training.run.RunSlots}), the job base class (stop requests, failure, interruption and
 * hand-back messages), the recorder of a run's rows and metrics and the claim every training write carries, waiting
 * out a database that is briefly away, the run's files in the shared folder, and the pieces of the minibatch loop
 * (batches, sampling, throttling, ETA, divergence). A kind of run plugs in through
 * {@link dev.deepcanvas.backend.training.run.RunPlanner}.
 */
package dev.deepcanvas.backend.training.run;

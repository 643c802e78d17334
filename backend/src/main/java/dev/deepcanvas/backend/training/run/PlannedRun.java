package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.backend.training.Hyperparameters;

/** A graph that compiled and fits its dataset, ready to become a job once a worker has claimed its run. */
public interface PlannedRun {

    /**
     * The job that trains the claimed run.
     *
     * @param checkpointFile the checkpoint to continue from (in the run's folder), or null to start from fresh
     *                       weights; only kinds that keep checkpoints get one
     */
    RunJob job(RunClaim claim, Hyperparameters hyperparameters, String checkpointFile);
}

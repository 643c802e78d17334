package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.backend.training.Hyperparameters;

/** A graph that compiled and fits its dataset, ready to become a job once its run has an id. */
public interface PlannedRun {

    /**
     * The job that trains run {@code runId}.
     *
     * @param resume continue from the run's checkpoint where its kind keeps one, instead of from fresh weights
     */
    RunJob job(long runId, Hyperparameters hyperparameters, boolean resume);
}

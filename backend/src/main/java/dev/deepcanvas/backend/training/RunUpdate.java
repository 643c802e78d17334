package dev.deepcanvas.backend.training;


/**
 * What changed in a run, pushed to every open view as it happens: at each status change and epoch end, and
 * in between at most a few times a second with iteration progress.
 *
 * @param loss              the mean training loss of the last finished epoch, or null before the first
 * @param accuracy          held-out accuracy: per epoch while running, final once succeeded; null when not measured
 *                          (and always null for regression, see {@code metric})
 * @param message           for failed, cancelled and interrupted runs, what happened and what to do
 * @param iteration         minibatches done over the whole run (0 when the update carries no iteration progress)
 * @param iterationsPlanned minibatches the run will do if it trains all its epochs (0 when unknown)
 * @param etaSeconds        estimated seconds left, or null when not yet known
 * @param iterationLoss     the latest minibatch training loss, or null
 * @param validationLoss    held-out loss of the last finished epoch, or null
 * @param metric            held-out accuracy (classification) or R² (regression) of the last finished epoch
 */
public record RunUpdate(long runId, RunState status, int epochsCompleted, int epochsPlanned, Double loss,
                        Double accuracy, String message, long iteration, long iterationsPlanned, Long etaSeconds,
                        Double iterationLoss, Double validationLoss, Double metric) {

    /** An update without iteration progress (status changes, lists). */
    public RunUpdate(long runId, RunState status, int epochsCompleted, int epochsPlanned, Double loss,
                     Double accuracy, String message) {
        this(runId, status, epochsCompleted, epochsPlanned, loss, accuracy, message, 0, 0, null, null, null, null);
    }

    /** How far the run is, from 0 to 1: by iterations when known, else by epochs. */
    public double fraction() {
        if (iterationsPlanned > 0) {
            return Math.min(1.0, iteration / (double) iterationsPlanned);
        }
        return epochsPlanned <= 0 ? 0 : Math.min(1.0, epochsCompleted / (double) epochsPlanned);
    }

    /** The epoch in progress (1-based) while running; the last completed one otherwise. */
    public int currentEpoch() {
        return status == RunState.RUNNING ? Math.min(epochsPlanned, epochsCompleted + 1) : epochsCompleted;
    }
}

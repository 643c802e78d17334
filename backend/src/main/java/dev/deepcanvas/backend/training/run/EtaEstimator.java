package dev.deepcanvas.backend.training.run;

/**
 * Estimates the time left from the pace since this job started (a resumed run does not count the iterations
 * of the previous process, whose pace is unknown).
 */
public final class EtaEstimator {

    private final long startNanos;
    private final long startIteration;
    private final long totalIterations;

    public EtaEstimator(long startNanos, long startIteration, long totalIterations) {
        this.startNanos = startNanos;
        this.startIteration = startIteration;
        this.totalIterations = totalIterations;
    }

    /** Seconds left after {@code iteration} iterations, or null while there is no pace yet. */
    public Long secondsLeft(long iteration, long nowNanos) {
        long done = iteration - startIteration;
        if (done <= 0) {
            return null;
        }
        double nanosPerIteration = (nowNanos - startNanos) / (double) done;
        long left = Math.max(0, totalIterations - iteration);
        return Math.round(nanosPerIteration * left / 1e9);
    }
}

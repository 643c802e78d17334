package dev.deepcanvas.backend.training.run;

/**
 * Lets at most one progress update through per interval. Training can finish hundreds of minibatches a second;
 * pushing each to every browser would flood the UI queues, while a few updates a second look continuous.
 */
public final class ProgressThrottle {

    /** At most five progress pushes a second per run. */
    public static final long PROGRESS_INTERVAL_MILLIS = 200;

    private final long minIntervalNanos;
    private long lastPassedNanos;
    private boolean passedOnce;

    public ProgressThrottle(long minIntervalMillis) {
        this.minIntervalNanos = minIntervalMillis * 1_000_000L;
    }

    /** Whether an update at this moment may be published; if so, the interval starts again. */
    public boolean tryPass(long nowNanos) {
        if (passedOnce && nowNanos - lastPassedNanos < minIntervalNanos) {
            return false;
        }
        passedOnce = true;
        lastPassedNanos = nowNanos;
        return true;
    }
}

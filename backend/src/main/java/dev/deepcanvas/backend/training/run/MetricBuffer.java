package dev.deepcanvas.backend.training.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Iteration samples waiting to be written. The training thread writes them together with each epoch's
 * figures in one transaction; during a long epoch (a big CNN) it also writes what is waiting every
 * {@link #FLUSH_INTERVAL_NANOS}, so a page opened mid-epoch charts the epoch so far. Never one transaction
 * per iteration.
 */
public final class MetricBuffer {

    static final long FLUSH_INTERVAL_NANOS = 10_000_000_000L;

    private final List<IterationSample> pending = new ArrayList<>();
    private long lastDrainNanos;

    public MetricBuffer(long nowNanos) {
        this.lastDrainNanos = nowNanos;
    }

    public void add(IterationSample sample) {
        if (sample != null) {
            pending.add(sample);
        }
    }

    /** Whether samples have been waiting long enough to be written before the epoch ends. */
    public boolean isDue(long nowNanos) {
        return !pending.isEmpty() && nowNanos - lastDrainNanos >= FLUSH_INTERVAL_NANOS;
    }

    /** Everything waiting, in order; the buffer is empty afterwards. */
    public List<IterationSample> drain(long nowNanos) {
        List<IterationSample> batch = List.copyOf(pending);
        pending.clear();
        lastDrainNanos = nowNanos;
        return batch;
    }

    public List<IterationSample> drain() {
        return drain(System.nanoTime());
    }
}

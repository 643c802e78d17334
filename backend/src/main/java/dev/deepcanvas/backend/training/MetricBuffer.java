package dev.deepcanvas.backend.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Iteration samples waiting to be written. The training thread writes them together with each epoch's
 * figures in one transaction, or earlier once {@link #FLUSH_SIZE} are waiting (a long epoch), never one
 * transaction per iteration.
 */
final class MetricBuffer {

    static final int FLUSH_SIZE = 200;

    private final List<IterationSample> pending = new ArrayList<>();

    void add(IterationSample sample) {
        if (sample != null) {
            pending.add(sample);
        }
    }

    boolean isFull() {
        return pending.size() >= FLUSH_SIZE;
    }

    /** Everything waiting, in order; the buffer is empty afterwards. */
    List<IterationSample> drain() {
        List<IterationSample> batch = List.copyOf(pending);
        pending.clear();
        return batch;
    }
}

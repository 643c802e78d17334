package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.graph.dl4j.CoreBudget;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many runs this process trains at once: {@code deepcanvas.training.workers} (environment variable
 * {@code DEEPCANVAS_TRAINING_WORKERS}), 1 unless set. The one place that says it: the job engine takes that many runs
 * at a time, and whatever shares out this machine's cores among training threads divides by it. One, because on
 * two cores a second concurrent run only slows both down; a cluster adds workers instead.
 */
@Component
public class RunSlots {

    private final int count;

    public RunSlots(@Value("${deepcanvas.training.workers:1}") int count) {
        if (count < 1) {
            throw new IllegalArgumentException("deepcanvas.training.workers (runs trained at once) must be at least 1, "
                    + "not " + count + ".");
        }
        this.count = count;
    }

    /** Runs this process trains at the same time, at least 1. */
    public int count() {
        return count;
    }

    /** The native threads each run trains with: every core when one run trains at a time, an even share otherwise. */
    public int threadsPerRun() {
        return CoreBudget.of(count).threadsPerRun();
    }
}

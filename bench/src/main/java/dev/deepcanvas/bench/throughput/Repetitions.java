package dev.deepcanvas.bench.throughput;

import java.util.ArrayList;
import java.util.List;

/**
 * How every contender is timed, as in the PyTorch reference: a few warm-up steps, then {@code reps} repetitions
 * of {@code iterations} training steps each; the figure is the median repetition's samples per second.
 */
record Repetitions(int warmUp, int iterations, int reps) {

    /**
     * Steps from fresh weights after which the timing no longer measures the model. On the bench's random data,
     * Adam's first moment of the weights whose gradient has become zero or vanishingly small decays by 0.9 a step;
     * around step 700 of the MLP it reaches denormal floats (28% of the updater's state by step 850, measured),
     * whose arithmetic is many times slower on x86 without flush-to-zero, and every step slowed two to five times,
     * for every contender alike. That, not the window length itself, was why 300-step MLP windows (1,503 steps a
     * measurement) took minutes (docs/performance.md).
     */
    static final int DENORMAL_FREE_STEPS = 600;

    Repetitions {
        if (warmUp < 0 || iterations < 1 || reps < 1) {
            throw new IllegalArgumentException("warm-up ≥ 0, iterations ≥ 1 and repetitions ≥ 1, got " + warmUp
                    + ", " + iterations + ", " + reps);
        }
    }

    /** Minibatches one measurement trains, warm-up included. */
    int totalSteps() {
        return warmUp + iterations * reps;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

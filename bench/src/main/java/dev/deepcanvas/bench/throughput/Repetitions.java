package dev.deepcanvas.bench.throughput;

import java.util.ArrayList;
import java.util.List;

/**
 * How every contender is timed, as in the PyTorch reference: a few warm-up steps, then {@code reps} repetitions
 * of {@code iterations} training steps each; the figure is the median repetition's samples per second.
 */
record Repetitions(int warmUp, int iterations, int reps) {

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

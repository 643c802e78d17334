package dev.deepcanvas.backend.results;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Per-step and whole-sequence accuracy of [examples, classes, steps] predictions. */
public final class SequenceMetrics {

    private SequenceMetrics() {
    }

    /** The most likely class at every step: {@code [examples][steps]}. */
    public static int[][] classes(INDArray perStep) {
        INDArray best = perStep.argMax(1);
        int n = (int) perStep.size(0);
        int steps = (int) perStep.size(2);
        int[][] ids = new int[n][steps];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < steps; t++) {
                ids[i][t] = best.getInt(i, t);
            }
        }
        return ids;
    }

    public static double tokenAccuracy(int[][] truth, int[][] predicted) {
        long right = 0;
        long total = 0;
        for (int i = 0; i < truth.length; i++) {
            for (int t = 0; t < truth[i].length; t++) {
                right += truth[i][t] == predicted[i][t] ? 1 : 0;
                total++;
            }
        }
        return total == 0 ? 0.0 : (double) right / total;
    }

    public static double sequenceAccuracy(int[][] truth, int[][] predicted) {
        int exact = 0;
        for (int i = 0; i < truth.length; i++) {
            exact += java.util.Arrays.equals(truth[i], predicted[i]) ? 1 : 0;
        }
        return truth.length == 0 ? 0.0 : (double) exact / truth.length;
    }
}

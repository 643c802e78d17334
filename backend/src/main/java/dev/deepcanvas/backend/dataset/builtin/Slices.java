package dev.deepcanvas.backend.dataset.builtin;

import java.util.Arrays;

/** Consecutive index ranges of generated samples: the generators already randomise order, so cutting suffices. */
final class Slices {

    private Slices() {
    }

    static int[] of(int[] values, int from, int to) {
        return Arrays.copyOfRange(values, from, to);
    }

    static int[][] of(int[][] values, int from, int to) {
        return Arrays.copyOfRange(values, from, to);
    }

    static double[][] of(double[][] values, int from, int to) {
        return Arrays.copyOfRange(values, from, to);
    }
}

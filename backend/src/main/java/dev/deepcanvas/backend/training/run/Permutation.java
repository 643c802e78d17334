package dev.deepcanvas.backend.training.run;

import java.util.Random;

/** A uniformly random order of 0..n−1 (Fisher–Yates), drawn from the caller's seeded generator. */
public final class Permutation {

    private Permutation() {
    }

    public static int[] random(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}

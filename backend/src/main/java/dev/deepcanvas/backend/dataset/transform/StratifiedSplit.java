package dev.deepcanvas.backend.dataset.transform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Splits row indices into train and test so that every class keeps its share in both parts.
 * Deterministic for a given seed, so a run can always be reproduced.
 */
public final class StratifiedSplit {

    private StratifiedSplit() {
    }

    public record Indices(List<Integer> train, List<Integer> test) {
    }

    public static Indices split(int[] classOfRow, double testFraction, long seed) {
        if (testFraction <= 0 || testFraction >= 1) {
            throw new IllegalArgumentException("test fraction must be between 0 and 1, was " + testFraction);
        }
        Map<Integer, List<Integer>> byClass = new LinkedHashMap<>();
        for (int row = 0; row < classOfRow.length; row++) {
            byClass.computeIfAbsent(classOfRow[row], c -> new ArrayList<>()).add(row);
        }
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> rows : byClass.values()) {
            java.util.Collections.shuffle(rows, random);
            int testCount = (int) Math.round(rows.size() * testFraction);
            test.addAll(rows.subList(0, testCount));
            train.addAll(rows.subList(testCount, rows.size()));
        }
        java.util.Collections.shuffle(train, random);
        java.util.Collections.shuffle(test, random);
        return new Indices(train, test);
    }
}

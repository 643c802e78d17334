package dev.deepcanvas.backend.inside;

import java.util.ArrayList;
import java.util.List;

/**
 * What the time steps of the chosen example stand for, to write on the axes of its heat maps.
 *
 * @param words   the input's word at each step; empty when the input is not words
 * @param written the token the model wrote at each output step; empty when it does not write a sequence
 */
record StepLabels(List<String> words, List<String> written) {

    StepLabels {
        words = List.copyOf(words);
        written = List.copyOf(written);
    }

    /** The first {@code shown} labels of {@code count} steps: the words where they are as many, else numbered steps. */
    static List<String> of(List<String> candidates, int count, int shown) {
        if (candidates.size() == count) {
            return candidates.subList(0, shown);
        }
        List<String> steps = new ArrayList<>();
        for (int t = 0; t < shown; t++) {
            steps.add("step " + t);
        }
        return steps;
    }
}

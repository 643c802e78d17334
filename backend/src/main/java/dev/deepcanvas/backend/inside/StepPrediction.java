package dev.deepcanvas.backend.inside;

import java.util.List;

/**
 * What a sequence output wrote at one step.
 *
 * @param top   the most probable tokens at this step, most probable first (the written one is the first)
 * @param truth the token the dataset expects at this step
 */
public record StepPrediction(int step, List<TokenChance> top, String truth) {

    public StepPrediction {
        top = List.copyOf(top);
    }

    public String token() {
        return top.get(0).token();
    }

    public double probability() {
        return top.get(0).probability();
    }

    public boolean right() {
        return token().equals(truth);
    }
}

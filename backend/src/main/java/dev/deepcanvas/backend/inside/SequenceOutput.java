package dev.deepcanvas.backend.inside;

import java.util.List;

/**
 * A sequence output for the chosen example: the token written at each step with its probability and the runners-up.
 *
 * @param stepCount how many steps the output has (at most {@link InsideService#MAX_OUTPUT_STEPS} are listed)
 * @param decoding  how the steps were produced, in a sentence for the view
 */
public record SequenceOutput(String nodeId, List<StepPrediction> steps, int stepCount, String decoding) {

    public SequenceOutput {
        steps = List.copyOf(steps);
    }

    /** The written tokens in order. */
    public List<String> tokens() {
        return steps.stream().map(StepPrediction::token).toList();
    }
}

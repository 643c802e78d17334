package dev.deepcanvas.backend.results;

import java.util.List;

/**
 * A sequence model's held-out evaluation (one prediction per time step).
 *
 * @param tokenAccuracy    the share of time steps predicted right
 * @param sequenceAccuracy the share of examples whose whole sequence is right (an exact translation or caption)
 * @param decoding         how predictions were made: "greedy" when the model was fed its own previous words,
 *                         "one pass" when every step came from the input alone
 * @param samples          held-out inputs with the reference and the model's output, to read
 */
public record SequenceResult(int examples, double tokenAccuracy, double sequenceAccuracy, String decoding,
                             List<SequenceSample> samples) {
}

package dev.deepcanvas.backend.training.run;

/** The mean training loss of a window of minibatches ending at {@code iteration} (counted from 1 over the run). */
public record IterationSample(long iteration, int epoch, double trainLoss) {
}

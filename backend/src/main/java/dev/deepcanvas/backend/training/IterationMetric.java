package dev.deepcanvas.backend.training;

/** One point of the per-iteration training-loss chart (the mean over a short window of minibatches). */
public record IterationMetric(long iteration, int epoch, double trainLoss) {
}

package dev.deepcanvas.backend.training;

/** The mean training loss of a window of minibatches ending at {@code iteration} (counted from 1 over the run). */
record IterationSample(long iteration, int epoch, double trainLoss) {
}

package dev.deepcanvas.backend.training;

/** Loss and held-out accuracy at the end of one epoch. */
public record EpochMetric(int epoch, double trainLoss, Double validationAccuracy) {
}

package dev.deepcanvas.backend.training;

/**
 * The figures at the end of one epoch.
 *
 * @param validationAccuracy held-out accuracy (classification only)
 * @param validationLoss     held-out loss, or null for runs recorded before it was measured
 * @param validationMetric   held-out accuracy (classification) or R² (regression)
 */
public record EpochMetric(int epoch, double trainLoss, Double validationAccuracy, Double validationLoss,
                          Double validationMetric) {

    public EpochMetric(int epoch, double trainLoss, Double validationAccuracy) {
        this(epoch, trainLoss, validationAccuracy, null, validationAccuracy);
    }
}

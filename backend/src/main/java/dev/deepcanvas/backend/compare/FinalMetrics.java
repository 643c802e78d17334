package dev.deepcanvas.backend.compare;

/**
 * The final figures of one compared run.
 *
 * @param metric         final held-out accuracy or R², as {@code metricName} says; null when the run did not finish
 * @param validationLoss held-out loss of its last recorded epoch
 */
public record FinalMetrics(long runId, String metricName, Double metric, Double trainLoss, Double validationLoss,
                           int epochsCompleted, Double seconds) {
}

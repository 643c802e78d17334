package dev.deepcanvas.backend.training.run;

/**
 * A model's figures on the held-out data after an epoch.
 *
 * @param accuracy classification only, else null
 * @param metric   accuracy for classification, R² for regression
 */
public record HeldOutScore(double loss, Double accuracy, double metric) {
}

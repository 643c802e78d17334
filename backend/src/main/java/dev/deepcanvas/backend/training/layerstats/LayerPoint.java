package dev.deepcanvas.backend.training.layerstats;

/**
 * One layer at the last step of one epoch.
 *
 * @param updateRatio ‖update‖ ÷ ‖parameters before it‖; about 1e-3 is a healthy step
 */
public record LayerPoint(int epoch, double mean, double std, double gradientNorm, double updateRatio) {
}

package dev.deepcanvas.backend.training.layerstats;

/**
 * One layer at one measured step: an epoch's last, or every N-th where the run asked for it.
 *
 * @param step        the run's count of steps once the measured one was taken; null for points recorded before
 *                    DeepCanvas kept it (all of them at an epoch's last step)
 * @param updateRatio ‖update‖ ÷ ‖parameters before it‖; about 1e-3 is a healthy step
 */
public record LayerPoint(int epoch, Long step, double mean, double std, double gradientNorm, double updateRatio) {

    /** A point at an epoch's last step, whose step number is not known. */
    public LayerPoint(int epoch, double mean, double std, double gradientNorm, double updateRatio) {
        this(epoch, null, mean, std, gradientNorm, updateRatio);
    }
}

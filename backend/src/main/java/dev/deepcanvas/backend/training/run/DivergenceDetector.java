package dev.deepcanvas.backend.training.run;

import java.util.Locale;

/**
 * Notices when training has blown up: a loss that is not a number, or one far above where training started.
 * Such a run never recovers, so stopping it at once saves the user the remaining epochs.
 */
public final class DivergenceDetector {

    /** How many times the first loss (at least 1) a loss may reach before it counts as exploding. */
    static final double EXPLOSION_FACTOR = 1000;

    private double reference = Double.NaN;

    /** A message for the user when this minibatch loss shows divergence, else null. */
    public String check(double loss, int epoch, double learningRate) {
        if (Double.isFinite(loss) && Double.isNaN(reference)) {
            reference = Math.max(1.0, Math.abs(loss));
        }
        boolean exploded = Double.isFinite(loss) && !Double.isNaN(reference) && loss > reference * EXPLOSION_FACTOR;
        if (Double.isFinite(loss) && !exploded) {
            return null;
        }
        String what = Double.isFinite(loss)
                ? String.format(Locale.ROOT, "grew to %.3g, over %.0f times where it started", loss, EXPLOSION_FACTOR)
                : "became " + (Double.isNaN(loss) ? "NaN (not a number)" : "infinite");
        return "The loss diverged in epoch " + epoch + ": it " + what + ". Lower the learning rate (it was "
                + learningRate + "; try " + suggest(learningRate) + "), or normalise the inputs and targets.";
    }

    private static String suggest(double learningRate) {
        return String.format(Locale.ROOT, "%.3g", learningRate / 10);
    }
}

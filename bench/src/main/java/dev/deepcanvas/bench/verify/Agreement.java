package dev.deepcanvas.bench.verify;

import dev.deepcanvas.templates.QualityBar.Metric;

import java.util.Locale;

/**
 * Whether a figure measured again agrees with the recorded one. On the machine that recorded it, training is
 * deterministic (fixed seeds, one native thread per run) and the figure comes back exactly; the tolerance absorbs
 * the rounding of another processor's kernels, a few held-out examples, and no more. A GAN's training amplifies
 * such rounding, so on another processor its figures usually need recording again.
 */
public final class Agreement {

    /** For shares: half a percentage point (10 of 2,000 MNIST test digits). */
    static final double SHARE = 0.005;
    /** For R². */
    static final double R2 = 0.005;
    /** For a Fréchet distance, relative. */
    static final double DISTANCE = 0.02;

    private Agreement() {
    }

    /** Null when they agree, else what differs, in words. */
    public static String disagreement(Metric metric, double recorded, double measured) {
        if (Double.isNaN(recorded) || Double.isNaN(measured)) {
            return Double.isNaN(recorded) && Double.isNaN(measured) ? null
                    : metric + ": recorded " + recorded + ", measured " + measured;
        }
        double allowed = switch (metric) {
            case R2 -> R2;
            case FRECHET_DISTANCE -> DISTANCE * Math.abs(recorded);
            default -> SHARE;
        };
        double difference = Math.abs(recorded - measured);
        return difference <= allowed + 1e-9 ? null : String.format(Locale.ROOT,
                "%s: recorded %s, measured %s (they may differ by %s)", metric, metric.format(recorded),
                metric.format(measured), metric == Metric.FRECHET_DISTANCE ? "2%" : metric.format(allowed));
    }
}

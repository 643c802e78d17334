package dev.deepcanvas.bench.verify;

import dev.deepcanvas.templates.QualityBar.Metric;

import java.util.Locale;

/**
 * Whether a figure measured again agrees with the recorded one.
 *
 * <p>On a processor like the one that recorded it, training is deterministic (fixed seeds, the same split of work
 * across the same cores, one fixed way of stepping: {@link GalleryVerification#stepOneFixedWay()}) and the figure
 * comes back exactly; the tight tolerance absorbs a few held-out examples and no more, so a results file left
 * behind by a change shows at once. Another processor's native kernels round differently, and training then takes
 * a nearby path, much as another seed would: a GAN's figures in particular move.
 * There the loose tolerance applies; that the figures come from the current code is then shown by the commit check
 * (CI fails when anything a figure depends on changed since the commit it was measured on), and the bars by the
 * run itself.
 */
public enum Agreement {

    /** The recording processor: shares half a percentage point (10 of 2,000 MNIST digits), R² 0.005, distance 2%. */
    SAME_PROCESSOR(0.005, 0.005, 0.02),
    /** Another processor: shares three percentage points, R² 0.03, a distance 25%. */
    OTHER_PROCESSOR(0.03, 0.03, 0.25);

    private final double share;
    private final double r2;
    private final double distance;

    Agreement(double share, double r2, double distance) {
        this.share = share;
        this.r2 = r2;
        this.distance = distance;
    }

    /** The tolerance for figures recorded on {@code recordedOn} and measured again on {@code measuredOn}. */
    public static Agreement between(String recordedOn, String measuredOn) {
        return recordedOn.equals(measuredOn) ? SAME_PROCESSOR : OTHER_PROCESSOR;
    }

    /**
     * Null when they agree, else what differs, in words.
     *
     * @param spread how far the recorded training seeds' own figures lie apart (0 with one seed): two seeds that
     *               differ by more than the tolerance show that the figure is not held any tighter than that
     */
    public String disagreement(Metric metric, double recorded, double measured, double spread) {
        if (Double.isNaN(recorded) || Double.isNaN(measured)) {
            return Double.isNaN(recorded) && Double.isNaN(measured) ? null
                    : metric + ": recorded " + recorded + ", measured " + measured;
        }
        double allowed = Math.max(spread, switch (metric) {
            case R2 -> r2;
            case FRECHET_DISTANCE -> distance * Math.abs(recorded);
            default -> share;
        });
        double difference = Math.abs(recorded - measured);
        if (difference <= allowed + 1e-9) {
            return null;
        }
        String by = metric == Metric.FRECHET_DISTANCE && allowed > spread
                ? Math.round(distance * 100) + "%" : metric.format(allowed);
        return String.format(Locale.ROOT, "%s: recorded %s, measured %s (they may differ by %s%s)", metric,
                metric.format(recorded), metric.format(measured), by,
                this == SAME_PROCESSOR ? " on the processor that recorded them" : " on another processor");
    }

    /** {@link #disagreement(Metric, double, double, double)} for a figure of one seed. */
    public String disagreement(Metric metric, double recorded, double measured) {
        return disagreement(metric, recorded, measured, 0);
    }
}

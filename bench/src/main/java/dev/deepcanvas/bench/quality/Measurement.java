package dev.deepcanvas.backend.quality;

import dev.deepcanvas.templates.QualityBar;

import java.time.Duration;

/**
 * What one training of a template reached against its bar.
 *
 * @param reached      the measured figure (for a GAN, by the template judge); NaN when the run did not succeed
 * @param judgeOnNoise for a GAN, the share of uniform-noise pictures the template judge accepts
 *                     ({@link NoiseBaseline}); NaN for other templates and failed runs
 * @param strict       for a GAN measured with a strict judge, that judge's figures; else null
 * @param byStrict     whether the bar is decided by the strict judge's figure rather than {@code reached}
 * @param note         why there is no figure (the run's message), or null
 */
public record Measurement(String templateId, long runId, QualityBar bar, double reached, double judgeOnNoise,
                          StrictFigures strict, boolean byStrict, Duration time, String note) {

    /** A template without a judge (or a run that failed): no noise baseline, no strict figures. */
    public static Measurement plain(String templateId, long runId, QualityBar bar, double reached, Duration time,
                                    String note) {
        return new Measurement(templateId, runId, bar, reached, Double.NaN, null, false, time, note);
    }

    /** The figure the bar is decided by. NaN where that figure is missing, so the bar is then not met. */
    public double deciding() {
        if (byStrict) {
            return strict == null ? Double.NaN : strict.reached();
        }
        return reached;
    }

    public boolean met() {
        return !Double.isNaN(deciding()) && bar.isMet(deciding());
    }
}

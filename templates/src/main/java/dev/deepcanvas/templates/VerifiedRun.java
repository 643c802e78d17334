package dev.deepcanvas.templates;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One verification training of a template with its default settings (the seed may differ: a GAN is trained from a
 * second seed too) and what it reached.
 *
 * @param seed      the training seed
 * @param seconds   wall-clock time of the run, from its start to its end (training, validation, evaluation)
 * @param figures   the figure of each of the template's bar metrics
 * @param breakdown figures behind them, for the record (a GAN's share per class and per colour); may be empty
 */
public record VerifiedRun(long seed, double seconds, Map<QualityBar.Metric, Double> figures,
                          Map<String, Double> breakdown) {

    public VerifiedRun {
        figures = Collections.unmodifiableMap(new EnumMap<>(figures.isEmpty()
                ? new EnumMap<QualityBar.Metric, Double>(QualityBar.Metric.class) : figures));
        // in the order measured, so the record reads like the measurement
        breakdown = Collections.unmodifiableMap(new LinkedHashMap<>(breakdown));
    }

    /** The figure of a metric; NaN when this run has none. */
    public double figure(QualityBar.Metric metric) {
        Double value = figures.get(metric);
        return value == null ? Double.NaN : value;
    }

    /** Whether this run reached the bar (a missing figure never does). */
    public boolean meets(QualityBar bar) {
        double value = figure(bar.metric());
        return !Double.isNaN(value) && bar.isMet(value);
    }
}

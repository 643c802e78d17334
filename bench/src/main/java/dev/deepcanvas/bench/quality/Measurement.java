package dev.deepcanvas.bench.quality;

import dev.deepcanvas.templates.QualityBar;
import dev.deepcanvas.templates.VerifiedRun;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one training of a template reached.
 *
 * @param runId     the run, in the run service that trained it
 * @param seed      its training seed
 * @param time      its wall-clock time from start to end (training, per-epoch validation, final evaluation)
 * @param figures   each measured figure; empty when the run did not succeed
 * @param breakdown the figures behind them (a GAN's share per class and per colour), in the order measured
 * @param note      why there are no figures (the run's status and message), or null
 */
public record Measurement(String templateId, long runId, long seed, Duration time,
                          Map<QualityBar.Metric, Double> figures, Map<String, Double> breakdown, String note) {

    public Measurement {
        figures = Collections.unmodifiableMap(figures.isEmpty() ? new EnumMap<>(QualityBar.Metric.class)
                : new EnumMap<>(figures));
        breakdown = Collections.unmodifiableMap(new LinkedHashMap<>(breakdown));
    }

    /** A run that did not succeed: no figures, and the reason. */
    public static Measurement failed(String templateId, long runId, long seed, Duration time, String note) {
        return new Measurement(templateId, runId, seed, time, Map.of(), Map.of(), note);
    }

    /** The figure of a metric; NaN when it was not measured. */
    public double figure(QualityBar.Metric metric) {
        Double value = figures.get(metric);
        return value == null ? Double.NaN : value;
    }

    /** As the results file records it. */
    public VerifiedRun toRun() {
        return new VerifiedRun(seed, time.toMillis() / 1000.0, figures, breakdown);
    }
}

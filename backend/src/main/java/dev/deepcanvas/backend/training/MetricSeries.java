package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.results.TaskKind;

import java.util.List;

/**
 * Everything a run's charts draw: training loss per iteration (sampled) and per epoch, held-out loss and
 * metric per epoch.
 *
 * @param metricName "accuracy" or "R²", the label of {@link EpochMetric#validationMetric()}
 */
public record MetricSeries(long runId, TaskKind task, String metricName, List<IterationMetric> iterations,
                           List<EpochMetric> epochs) {
}

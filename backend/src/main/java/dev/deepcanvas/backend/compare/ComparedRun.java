package dev.deepcanvas.backend.compare;

import dev.deepcanvas.backend.training.Hyperparameters;
import dev.deepcanvas.backend.training.MetricSeries;
import dev.deepcanvas.backend.training.RunSummary;

/** One run of a comparison: what it is, what it was trained with, and its curves to overlay. */
public record ComparedRun(RunSummary summary, Hyperparameters hyperparameters, MetricSeries series) {
}

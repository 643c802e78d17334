package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.html.Div;
import dev.deepcanvas.app.charts.ChartSpec;
import dev.deepcanvas.app.charts.ChartView;
import dev.deepcanvas.app.charts.Palette;
import dev.deepcanvas.backend.training.EpochMetric;
import dev.deepcanvas.backend.training.IterationMetric;
import dev.deepcanvas.backend.training.MetricSeries;
import dev.deepcanvas.backend.training.RunUpdate;

/**
 * A run's two live charts: training loss per iteration, and per epoch the training and held-out loss with the
 * held-out metric (accuracy or R²) on a second axis. Filled from the stored series, then extended by pushed
 * updates; a point is only added when the run has moved past the last one drawn.
 */
public class RunCharts extends Div {

    private final ChartView iterations;
    private final ChartView epochs;
    private int iterationSeries;
    private int trainSeries;
    private int validationSeries;
    private int metricSeries;
    private long lastIteration;
    private int lastEpoch;

    public RunCharts() {
        addClassName("run-charts");
        iterations = new ChartView(iterationSpec());
        iterations.setId("loss-chart");
        epochs = new ChartView(epochSpec("held-out metric"));
        epochs.setId("epoch-chart");
        add(iterations, epochs);
    }

    /** Starts over for another run. */
    public void reset(String metricName) {
        lastIteration = 0;
        lastEpoch = 0;
        iterations.setSpec(iterationSpec());
        epochs.setSpec(epochSpec(metricName));
    }

    /** Draws what is stored for a run (a finished one, or one already running when the page opened). */
    public void load(MetricSeries series) {
        ChartSpec perIteration = iterationSpec();
        for (IterationMetric m : series.iterations()) {
            if (Double.isFinite(m.trainLoss())) {
                perIteration.add(iterationSeries, m.iteration(), m.trainLoss());
                lastIteration = Math.max(lastIteration, m.iteration());
            }
        }
        ChartSpec perEpoch = epochSpec(series.metricName());
        for (EpochMetric m : series.epochs()) {
            addEpoch(perEpoch, m.epoch(), m.trainLoss(), m.validationLoss(), m.validationMetric());
            lastEpoch = Math.max(lastEpoch, m.epoch());
        }
        iterations.setSpec(perIteration);
        epochs.setSpec(perEpoch);
    }

    /**
     * Whether the update comes at most one epoch after the last one drawn, so that {@link #apply} leaves no gap. A
     * page that draws only the newest of several updates gets false and draws what is stored instead ({@link #load}).
     */
    public boolean follows(RunUpdate update) {
        return update.epochsCompleted() <= lastEpoch + 1;
    }

    /** Extends the charts with a pushed update. */
    public void apply(RunUpdate update) {
        if (update.iterationLoss() != null && update.iteration() > lastIteration) {
            lastIteration = update.iteration();
            iterations.append(iterationSeries, update.iteration(), update.iterationLoss());
        }
        if (update.epochsCompleted() > lastEpoch && update.loss() != null) {
            lastEpoch = update.epochsCompleted();
            epochs.append(trainSeries, lastEpoch, update.loss());
            if (update.validationLoss() != null) {
                epochs.append(validationSeries, lastEpoch, update.validationLoss());
            }
            if (update.metric() != null) {
                epochs.append(metricSeries, lastEpoch, update.metric());
            }
        }
    }

    private void addEpoch(ChartSpec spec, int epoch, double train, Double validation, Double metric) {
        if (Double.isFinite(train)) {
            spec.add(trainSeries, epoch, train);
        }
        if (validation != null && Double.isFinite(validation)) {
            spec.add(validationSeries, epoch, validation);
        }
        if (metric != null && Double.isFinite(metric)) {
            spec.add(metricSeries, epoch, metric);
        }
    }

    private ChartSpec iterationSpec() {
        ChartSpec spec = new ChartSpec("Training loss per iteration", "iteration", "loss", null).wholeNumberX();
        iterationSeries = spec.addSeries("training loss", Palette.TRAIN, false, true);
        return spec;
    }

    private ChartSpec epochSpec(String metricName) {
        ChartSpec spec = new ChartSpec("Per epoch", "epoch", "loss", metricName).wholeNumberX();
        trainSeries = spec.addSeries("training loss", Palette.TRAIN, false, true);
        validationSeries = spec.addSeries("held-out loss", Palette.VALIDATION, false, true);
        metricSeries = spec.addSeries("held-out " + metricName, Palette.METRIC, true, true);
        return spec;
    }
}

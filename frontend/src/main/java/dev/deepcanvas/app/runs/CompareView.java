package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.deepcanvas.app.charts.ChartSpec;
import dev.deepcanvas.app.charts.ChartView;
import dev.deepcanvas.app.charts.Palette;
import dev.deepcanvas.app.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import dev.deepcanvas.app.layout.ScrollToTop;
import dev.deepcanvas.backend.compare.ComparedRun;
import dev.deepcanvas.backend.compare.FinalMetrics;
import dev.deepcanvas.backend.compare.RunComparison;
import dev.deepcanvas.backend.compare.RunComparisonService;
import dev.deepcanvas.backend.compare.SettingRow;
import dev.deepcanvas.backend.training.EpochMetric;
import dev.deepcanvas.backend.training.RunNotFoundException;
import dev.deepcanvas.backend.training.TrainingRejectedException;

import java.util.ArrayList;
import java.util.List;

/**
 * Two or more runs side by side ({@code compare?runs=3,5}): their curves overlaid, the settings in which they
 * differ, and their final figures.
 */
@Route(value = "compare", layout = MainLayout.class)
@PageTitle("Compare runs · DeepCanvas")
@PermitAll
public class CompareView extends VerticalLayout implements BeforeEnterObserver {

    private final RunComparisonService comparisons;

    public CompareView(RunComparisonService comparisons) {
        this.comparisons = comparisons;
        addClassName("compare-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ScrollToTop.of(this);
        add(new RouterLink("← All runs", RunsView.class), new H2("Compare runs"));
        String param = event.getLocation().getQueryParameters().getSingleParameter("runs").orElse("");
        List<Long> ids = new ArrayList<>();
        for (String part : param.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                problem("'" + part.strip() + "' is not a run number. Select runs on the Runs page and press Compare.");
                return;
            }
        }
        try {
            show(comparisons.compare(ids));
        } catch (TrainingRejectedException | RunNotFoundException e) {
            problem(e.getMessage());
        }
    }

    private void problem(String text) {
        Paragraph message = new Paragraph(text);
        message.setId("compare-error");
        message.addClassName("form-error");
        add(message);
    }

    private void show(RunComparison comparison) {
        List<ComparedRun> runs = comparison.runs();
        String metricName = runs.get(0).series().metricName();
        ChartSpec metric = new ChartSpec("Held-out " + metricName + " per epoch", "epoch", metricName, null)
                .wholeNumberX();
        ChartSpec loss = new ChartSpec("Training (solid) and held-out loss per epoch", "epoch", "loss", null)
                .wholeNumberX();
        for (int i = 0; i < runs.size(); i++) {
            ComparedRun run = runs.get(i);
            String label = "#" + run.summary().id();
            String color = Palette.run(i);
            int m = metric.addSeries(label, color, false, true);
            int train = loss.addSeries(label + " training", color, false, true);
            int held = loss.addSeries(label + " held-out", color + "88", false, true);
            for (EpochMetric e : run.series().epochs()) {
                if (e.validationMetric() != null) {
                    metric.add(m, e.epoch(), e.validationMetric());
                }
                loss.add(train, e.epoch(), e.trainLoss());
                if (e.validationLoss() != null) {
                    loss.add(held, e.epoch(), e.validationLoss());
                }
            }
        }
        ChartView metricChart = new ChartView(metric);
        metricChart.setId("compare-metric-chart");
        ChartView lossChart = new ChartView(loss);
        lossChart.setId("compare-loss-chart");
        Div curves = new Div(metricChart, lossChart);
        curves.addClassName("compare-charts");
        ProvenanceWarnings.of(comparison.warnings()).ifPresent(this::add);
        add(new H3("Curves"), curves, new H3("Settings that differ"), settings(comparison, runs),
                new H3("Final figures"), finals(comparison.finalMetrics()));
    }

    private static Component settings(RunComparison comparison, List<ComparedRun> runs) {
        List<SettingRow> rows = comparison.differences();
        if (rows.isEmpty()) {
            Paragraph same = new Paragraph("These runs were trained with identical settings.");
            same.setId("compare-settings");
            return same;
        }
        Grid<SettingRow> grid = new Grid<>();
        grid.setId("compare-settings");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SettingRow::name).setHeader("Setting");
        for (int i = 0; i < runs.size(); i++) {
            int column = i;
            grid.addColumn(r -> r.values().get(column)).setHeader("Run #" + runs.get(i).summary().id());
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Component finals(List<FinalMetrics> finals) {
        Grid<FinalMetrics> grid = new Grid<>();
        grid.setId("compare-finals");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(f -> "#" + f.runId()).setHeader("Run");
        grid.addColumn(f -> f.metric() == null ? "–" : "accuracy".equals(f.metricName())
                ? RunStatusText.percent(f.metric()) : ClassificationResultView.fixed(f.metric()))
                .setHeader("Held-out metric").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(f -> RunStatusText.loss(f.trainLoss())).setHeader("Training loss")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(f -> RunStatusText.loss(f.validationLoss())).setHeader("Held-out loss")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(FinalMetrics::epochsCompleted).setHeader("Epochs").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(f -> f.seconds() == null ? "–" : String.format("%.1f s", f.seconds())).setHeader("Time")
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(finals);
        grid.setAllRowsVisible(true);
        return grid;
    }
}

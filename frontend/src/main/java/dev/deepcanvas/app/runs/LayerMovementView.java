package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.deepcanvas.app.charts.ChartSpec;
import dev.deepcanvas.app.charts.ChartView;
import dev.deepcanvas.app.charts.Palette;
import dev.deepcanvas.backend.training.RunNotFoundException;
import dev.deepcanvas.backend.training.layerstats.LayerHint;
import dev.deepcanvas.backend.training.layerstats.LayerHints;
import dev.deepcanvas.backend.training.layerstats.LayerMovement;
import dev.deepcanvas.backend.training.layerstats.LayerPoint;
import dev.deepcanvas.backend.training.layerstats.LayerSeries;
import dev.deepcanvas.backend.training.layerstats.LayerStatisticsQueries;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How a run's layers moved, beside its loss curves: per layer and epoch (or step, for a run measured every N steps)
 * the update-to-weight ratio and the gradient norm (both on logarithmic axes, the ratio with the healthy 0.001 drawn
 * in), and the weights' spread and mean; above them, a plain-language hint for every layer whose updates vanished or
 * exploded. Redrawn when an epoch ends.
 */
class LayerMovementView extends Div {

    /** The update-to-weight ratio of a healthy step, drawn as a reference line. */
    private static final double HEALTHY_RATIO = 1e-3;
    private static final String REFERENCE = "#9ca3af";

    private final long runId;
    private final LayerStatisticsQueries queries;
    private final Div hints = new Div();
    private final Div charts = new Div();
    private final Paragraph note = new Paragraph();
    private int epochsShown = -1;

    LayerMovementView(long runId, LayerStatisticsQueries queries) {
        this.runId = runId;
        this.queries = queries;
        addClassName("layer-movement");
        setId("layer-movement");
        setWidthFull();
        Paragraph about = new Paragraph("At the last step of every epoch (and every N steps, where the run was "
                + "started so), for each layer with weights: how large its update was next to its weights (about "
                + "0.001 is a healthy step; far less and the layer hardly learns, far more and it jumps about), how "
                + "strong its gradient was, and how its weights are spread. The charts grow as each epoch ends.");
        about.addClassName("muted");
        hints.setId("layer-hints");
        hints.addClassName("layer-hints");
        charts.addClassName("layer-charts");
        note.setId("layer-stats-note");
        note.addClassName("muted");
        add(about, hints, charts, note);
    }

    /** Draws what is stored once more epochs have ended than were drawn. */
    void refresh(int epochsCompleted) {
        if (epochsCompleted == epochsShown) {
            return;
        }
        epochsShown = epochsCompleted;
        LayerMovement movement;
        try {
            movement = queries.movement(runId);
        } catch (RunNotFoundException e) {
            setVisible(false); // deleted in another tab; the status line says so
            return;
        }
        hints.removeAll();
        charts.removeAll();
        if (!movement.recorded()) {
            note.setText(epochsCompleted == 0
                    ? "The layer charts appear here when the first epoch has ended."
                    : "This run recorded no layer statistics: it was trained before DeepCanvas recorded how each "
                    + "layer moves, or with that switched off.");
            note.setVisible(true);
            hints.setVisible(false);
            charts.setVisible(false);
            return;
        }
        note.setVisible(false);
        hints.setVisible(true);
        charts.setVisible(true);
        showHints(movement.hints());
        List<LayerSeries> layers = movement.layers();
        Axis x = movement.bySteps() ? Axis.STEP : Axis.EPOCH;
        ChartView ratio = chart(ratioSpec(layers, x), "layer-ratio-chart");
        ChartView gradient = chart(spec("Gradient norm", "‖gradient‖", true, layers, x, LayerPoint::gradientNorm),
                "layer-gradient-chart");
        ChartView spread = chart(spec("Weights' standard deviation", "std", false, layers, x, LayerPoint::std),
                "layer-std-chart");
        ChartView mean = chart(spec("Weights' mean", "mean", false, layers, x, LayerPoint::mean),
                "layer-mean-chart");
        charts.add(ratio, gradient, spread, mean);
    }

    /**
     * What the charts run over: epochs for a run measured at each epoch's end, steps for one measured every N steps
     * (its epochs' ends are among those steps).
     */
    private enum Axis {
        EPOCH("epoch"), STEP("step");

        private final String title;

        Axis(String title) {
            this.title = title;
        }

        double of(LayerPoint point) {
            return this == STEP && point.step() != null ? point.step() : point.epoch();
        }
    }

    private void showHints(List<LayerHint> found) {
        if (found.isEmpty()) {
            Paragraph fine = new Paragraph("Every layer's updates stayed within a hundred times of the healthy 0.001 "
                    + "(between " + LayerHints.format(LayerHints.VANISHING_BELOW) + " and "
                    + LayerHints.format(LayerHints.EXPLODING_ABOVE) + ").");
            fine.addClassName("layer-hint-none");
            hints.add(fine);
            return;
        }
        for (LayerHint hint : found) {
            Paragraph line = new Paragraph(hint.message());
            line.addClassNames("layer-hint", hint.kind() == LayerHint.Kind.EXPLODING ? "exploding" : "vanishing");
            hints.add(line);
        }
    }

    private static ChartView chart(ChartSpec spec, String id) {
        ChartView view = new ChartView(spec);
        view.setId(id);
        return view;
    }

    private static ChartSpec ratioSpec(List<LayerSeries> layers, Axis x) {
        ChartSpec spec = spec("Update ÷ weights per step", "‖update‖ ÷ ‖weights‖", true, layers, x,
                p -> p.updateRatio());
        int healthy = spec.addReference("healthy ≈ 0.001", REFERENCE);
        double first = layers.stream().mapToDouble(l -> x.of(l.points().get(0))).min().orElse(1);
        double last = layers.stream().mapToDouble(l -> x.of(l.points().get(l.points().size() - 1))).max()
                .orElse(1);
        spec.add(healthy, first, HEALTHY_RATIO);
        spec.add(healthy, last, HEALTHY_RATIO);
        return spec;
    }

    private static ChartSpec spec(String title, String yTitle, boolean logarithmic, List<LayerSeries> layers,
                                  Axis x, ToDoubleFunction<LayerPoint> figure) {
        ChartSpec spec = new ChartSpec(title, x.title, yTitle, null).wholeNumberX();
        if (logarithmic) {
            spec.logarithmicY();
        }
        for (int i = 0; i < layers.size(); i++) {
            LayerSeries layer = layers.get(i);
            int series = spec.addSeries(label(layer), Palette.run(i), false, true);
            for (LayerPoint point : layer.points()) {
                double value = figure.applyAsDouble(point);
                if (Double.isFinite(value)) {
                    spec.add(series, x.of(point), value);
                }
            }
        }
        return spec;
    }

    /** Short enough for a legend: the layer's name, and in a GAN which network it belongs to. */
    private static String label(LayerSeries layer) {
        return switch (layer.network()) {
            case "GENERATOR" -> "G: " + layer.layer();
            case "DISCRIMINATOR" -> "D: " + layer.layer();
            default -> layer.layer();
        };
    }
}

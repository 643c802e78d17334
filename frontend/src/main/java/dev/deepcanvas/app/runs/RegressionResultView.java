package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.html.Div;
import dev.deepcanvas.app.charts.ChartSpec;
import dev.deepcanvas.app.charts.ChartView;
import dev.deepcanvas.app.charts.Palette;
import dev.deepcanvas.backend.results.PredictedActual;
import dev.deepcanvas.backend.dataset.TargetScale;
import dev.deepcanvas.backend.results.RegressionResult;

import java.util.Locale;

/**
 * A regression's held-out result: MSE, MAE, R² and predicted against actual, with the ideal diagonal. The model
 * learns standardised targets; with the dataset's scale the figures and points are shown in the original unit.
 */
class RegressionResultView extends Div {

    /** @param scale how the dataset standardised its targets, or null to show standardised numbers */
    RegressionResultView(RegressionResult result, TargetScale scale) {
        addClassName("result-view");
        boolean original = scale != null && scale.std().size() == 1;
        double std = original ? scale.std().get(0) : 1;
        String unit = original ? scale.unit() : "standardised";
        Div figures = new Div(figure("MSE (" + unit + "²)", result.mse() * std * std, "result-mse"),
                figure("MAE (" + unit + ")", result.mae() * std, "result-mae"), figure("R²", result.r2(), "result-r2"));
        figures.addClassName("result-figures");

        ChartSpec spec = new ChartSpec("Predicted vs actual (" + result.examples() + " held-out examples)",
                "actual (" + unit + ")", "predicted (" + unit + ")", null);
        int points = spec.addSeries("examples", Palette.TRAIN, false, false);
        int ideal = spec.addSeries("ideal (predicted = actual)", Palette.VALIDATION, false, true);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (PredictedActual p : result.points()) {
            double actual = original ? scale.toOriginal(0, p.actual()) : p.actual();
            double predicted = original ? scale.toOriginal(0, p.predicted()) : p.predicted();
            spec.add(points, actual, predicted);
            min = Math.min(min, Math.min(actual, predicted));
            max = Math.max(max, Math.max(actual, predicted));
        }
        if (min <= max) {
            spec.add(ideal, min, min);
            spec.add(ideal, max, max);
        }
        ChartView scatter = new ChartView(spec);
        scatter.setId("predicted-actual");
        scatter.setHeight("360px");
        add(figures, scatter);
    }

    private static Div figure(String name, double value, String id) {
        return ResultFigure.of(String.format(Locale.ROOT, "%.4f", value), name, id);
    }
}

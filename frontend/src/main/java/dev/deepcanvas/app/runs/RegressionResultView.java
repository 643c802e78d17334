package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.app.charts.ChartSpec;
import dev.deepcanvas.app.charts.ChartView;
import dev.deepcanvas.app.charts.Palette;
import dev.deepcanvas.backend.results.PredictedActual;
import dev.deepcanvas.backend.results.RegressionResult;

import java.util.Locale;

/** A regression's held-out result: MSE, MAE, R² and predicted against actual, with the ideal diagonal. */
class RegressionResultView extends Div {

    RegressionResultView(RegressionResult result) {
        addClassName("result-view");
        Div figures = new Div(figure("MSE", result.mse(), "result-mse"), figure("MAE", result.mae(), "result-mae"),
                figure("R²", result.r2(), "result-r2"));
        figures.addClassName("result-figures");

        ChartSpec spec = new ChartSpec("Predicted vs actual (" + result.examples() + " held-out examples)", "actual",
                "predicted", null);
        int points = spec.addSeries("examples", Palette.TRAIN, false, false);
        int ideal = spec.addSeries("ideal (predicted = actual)", Palette.VALIDATION, false, true);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (PredictedActual p : result.points()) {
            spec.add(points, p.actual(), p.predicted());
            min = Math.min(min, Math.min(p.actual(), p.predicted()));
            max = Math.max(max, Math.max(p.actual(), p.predicted()));
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
        Span number = new Span(String.format(Locale.ROOT, "%.4f", value));
        number.setId(id);
        number.addClassName("big-figure");
        Span label = new Span(name);
        label.addClassName("muted");
        Div box = new Div(number, label);
        box.addClassName("figure");
        return box;
    }
}

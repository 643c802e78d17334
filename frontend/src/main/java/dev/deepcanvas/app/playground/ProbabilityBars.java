package dev.deepcanvas.app.playground;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.app.runs.RunStatusText;
import dev.deepcanvas.backend.dataset.TargetScale;
import dev.deepcanvas.backend.inference.ClassProbability;
import dev.deepcanvas.backend.inference.Prediction;

import java.util.Locale;

/** A prediction: the predicted class in large type, then every class with its probability as a bar. */
class ProbabilityBars extends Div {

    private final TargetScale scale;

    /** @param scale a regression dataset's target statistics, to show predictions in its unit; null otherwise */
    ProbabilityBars(TargetScale scale) {
        this.scale = scale;
        setId("prediction");
        addClassName("prediction");
    }

    void show(Prediction prediction) {
        removeAll();
        if (prediction.predictedClass() == null) {
            boolean original = scale != null && scale.std().size() == prediction.values().size();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < prediction.values().size(); i++) {
                double v = prediction.values().get(i);
                text.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f",
                        original ? scale.toOriginal(i, v) : v));
            }
            Span value = new Span(text.toString());
            value.setId("prediction-class");
            value.addClassName("big-figure");
            add(new Span("Predicted (" + (original ? scale.unit() : "standardised") + "): "), value);
            return;
        }
        Span predicted = new Span(prediction.predictedClass());
        predicted.setId("prediction-class");
        predicted.addClassName("big-figure");
        add(predicted);
        for (ClassProbability p : prediction.classes()) {
            Span name = new Span(p.className());
            name.addClassName("bar-label");
            Div fill = new Div();
            fill.addClassName("bar-fill");
            fill.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", p.probability() * 100));
            Div track = new Div(fill);
            track.addClassName("bar-track");
            Span value = new Span(RunStatusText.percent(p.probability()));
            value.addClassName("bar-value");
            Div row = new Div(name, track, value);
            row.addClassName("bar-row");
            row.getElement().setAttribute("data-class", p.className());
            row.getElement().setAttribute("data-probability", String.format(Locale.ROOT, "%.4f", p.probability()));
            add(row);
        }
    }
}

package dev.deepcanvas.app.playground;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.app.runs.RunStatusText;
import dev.deepcanvas.backend.inference.ClassProbability;
import dev.deepcanvas.backend.inference.Prediction;

import java.util.Locale;
import java.util.stream.Collectors;

/** A prediction: the predicted class in large type, then every class with its probability as a bar. */
class ProbabilityBars extends Div {

    ProbabilityBars() {
        setId("prediction");
        addClassName("prediction");
    }

    void show(Prediction prediction) {
        removeAll();
        if (prediction.predictedClass() == null) {
            Span value = new Span(prediction.values().stream().map(v -> String.format(Locale.ROOT, "%.4f", v))
                    .collect(Collectors.joining(", ")));
            value.setId("prediction-class");
            value.addClassName("big-figure");
            add(new Span("Predicted value (standardised units): "), value);
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

package dev.deepcanvas.app.playground;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.app.runs.RunStatusText;
import dev.deepcanvas.backend.inference.ClassProbability;
import dev.deepcanvas.backend.inference.Prediction;

import java.util.List;
import java.util.Locale;

/**
 * A prediction: the predicted class in large type, then every class with its probability as a bar; for regression
 * the predicted number in the target's unit. Notes (words the model did not know) follow.
 */
class ProbabilityBars extends Div {

    ProbabilityBars() {
        setId("prediction");
        addClassName("prediction");
    }

    void show(Prediction prediction, List<String> notes) {
        removeAll();
        if (prediction.predictedClass() == null) {
            showNumbers(prediction);
        } else {
            showClasses(prediction);
        }
        for (String note : notes) {
            Paragraph line = new Paragraph(note);
            line.addClassName("playground-note");
            add(line);
        }
    }

    private void showNumbers(Prediction prediction) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < prediction.original().size(); i++) {
            text.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", prediction.original().get(i)));
        }
        Span value = new Span(text.toString());
        value.setId("prediction-class");
        value.addClassName("big-figure");
        value.getElement().setAttribute("data-unit", prediction.unit() == null ? "" : prediction.unit());
        add(new Span("Predicted (" + (prediction.unit() == null ? "standardised" : prediction.unit()) + "): "), value);
    }

    private void showClasses(Prediction prediction) {
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

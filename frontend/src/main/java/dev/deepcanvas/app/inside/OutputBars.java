package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.app.runs.RunStatusText;
import dev.deepcanvas.backend.inside.LayerActivations;

import java.util.List;
import java.util.Locale;

/** The output: one bar per class with its probability, the predicted one marked; a regressor's numbers as text. */
class OutputBars extends Div {

    OutputBars(LayerActivations layer, List<String> classNames, String predicted) {
        addClassName("inside-output");
        if (classNames.isEmpty()) {
            for (int i = 0; i < layer.units().size(); i++) {
                add(new Div(new Span("output " + i + ": " + Numbers.of(layer.units().get(i))
                        + " (in the model's standardised units)")));
            }
            return;
        }
        for (int i = 0; i < layer.units().size(); i++) {
            String name = i < classNames.size() ? classNames.get(i) : "class " + i;
            double probability = layer.units().get(i);
            Span label = new Span(name);
            label.addClassName("bar-label");
            Div fill = new Div();
            fill.addClassName("bar-fill");
            fill.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", probability * 100));
            Div track = new Div(fill);
            track.addClassName("bar-track");
            Span value = new Span(RunStatusText.percent(probability));
            value.addClassName("bar-value");
            Div row = new Div(label, track, value);
            row.addClassName("bar-row");
            row.getElement().setAttribute("data-class", name);
            if (name.equals(predicted)) {
                label.getStyle().set("font-weight", "600");
            }
            add(row);
        }
    }
}

package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One headline figure of a result: the number in large type with what it measures beneath. */
final class ResultFigure {

    private ResultFigure() {
    }

    static Div of(String value, String label, String id) {
        Span number = new Span(value);
        number.setId(id);
        number.addClassName("big-figure");
        Span caption = new Span(label);
        caption.addClassName("muted");
        Div box = new Div(number, caption);
        box.addClassName("figure");
        return box;
    }
}

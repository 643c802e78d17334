package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The grey scale of a layer's feature maps: black is the layer's lowest value, white its highest. */
class ColourKey extends Div {

    ColourKey(double low, double high) {
        addClassName("inside-key");
        Span from = new Span(Numbers.of(low));
        from.addClassName("muted");
        Div ramp = new Div();
        ramp.getStyle().set("width", "120px").set("height", "10px").set("border-radius", "3px")
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("background", "linear-gradient(to right, black, white)");
        Span to = new Span(Numbers.of(high));
        to.addClassName("muted");
        add(from, ramp, to);
        getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)");
        getElement().setAttribute("title", "black = " + Numbers.of(low) + ", white = " + Numbers.of(high)
                + " (one scale for every channel of this layer)");
    }
}

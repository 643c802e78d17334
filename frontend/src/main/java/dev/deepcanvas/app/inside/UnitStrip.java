package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.deepcanvas.backend.inside.LayerActivations;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A dense layer's units (or the input's features) in their order as a strip of bars, as tall as the value is far
 * from zero (negative values in another colour), followed by the largest values by number.
 */
class UnitStrip extends Div {

    static final int NAMED_UNITS = 5;
    private static final int STRIP_HEIGHT = 60;

    /** @param word what one value is called: "unit" in a layer, "feature" in the input */
    UnitStrip(LayerActivations layer, String word) {
        addClassName("inside-units");
        double scale = Math.max(Math.abs(layer.low()), Math.abs(layer.high()));
        Div strip = new Div();
        strip.getStyle().set("display", "flex").set("align-items", "flex-end").set("gap", "1px")
                .set("height", STRIP_HEIGHT + "px").set("border-bottom", "1px solid var(--lumo-contrast-30pct)")
                // hundreds of units are wider than a phone: the strip scrolls in its own box, not the page
                .set("max-width", "100%").set("overflow-x", "auto").set("overflow-y", "hidden");
        int barWidth = Math.max(1, Math.min(12, 900 / Math.max(1, layer.units().size()) - 1));
        for (int i = 0; i < layer.units().size(); i++) {
            double value = layer.units().get(i);
            Div bar = new Div();
            double height = scale > 0 ? Math.abs(value) / scale * STRIP_HEIGHT : 0;
            bar.getStyle().set("width", barWidth + "px").set("flex", "0 0 auto")
                    .set("height", Math.max(1, height) + "px")
                    .set("background", value < 0 ? "var(--lumo-error-color)" : "var(--lumo-primary-color)");
            bar.getElement().setAttribute("title", word + " " + i + ": " + Numbers.of(value));
            strip.add(bar);
        }
        add(strip, new Paragraph(topUnits(layer, word)));
    }

    /** "Most active: unit 17 (3.210), unit 4 (2.100), …"; for the input "Largest: feature 2 (0.068), …". */
    static String topUnits(LayerActivations layer, String word) {
        List<Integer> top = layer.topUnits(NAMED_UNITS);
        return (word.equals("unit") ? "Most active: " : "Largest: ") + top.stream().map(i -> word + " " + i + " (" + Numbers.of(layer.units().get(i)) + ")")
                .collect(Collectors.joining(", ")) + ".";
    }
}

package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.deepcanvas.backend.inside.LayerActivations;

import java.util.List;
import java.util.Locale;
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
        add(new Html(bars(layer, word)), new Paragraph(topUnits(layer, word)));
    }

    /**
     * The strip as one piece of HTML: hundreds of bars as Vaadin components would be hundreds of nodes for the
     * framework to track and send one by one, while the page only ever shows them.
     */
    static String bars(LayerActivations layer, String word) {
        double scale = Math.max(Math.abs(layer.low()), Math.abs(layer.high()));
        int barWidth = Math.max(1, Math.min(12, 900 / Math.max(1, layer.units().size()) - 1));
        // hundreds of units are wider than a phone: the strip scrolls in its own box, not the page
        StringBuilder html = new StringBuilder("<div class=\"inside-unit-bars\" style=\"display:flex;"
                + "align-items:flex-end;gap:1px;height:" + STRIP_HEIGHT + "px;"
                + "border-bottom:1px solid var(--lumo-contrast-30pct);max-width:100%;overflow-x:auto;"
                + "overflow-y:hidden\">");
        for (int i = 0; i < layer.units().size(); i++) {
            double value = layer.units().get(i);
            double height = scale > 0 ? Math.abs(value) / scale * STRIP_HEIGHT : 0;
            html.append("<div title=\"").append(escaped(word + " " + i + ": " + Numbers.of(value)))
                    .append("\" style=\"width:").append(barWidth).append("px;flex:0 0 auto;height:")
                    .append(String.format(Locale.ROOT, "%.2f", Math.max(1, height))).append("px;background:")
                    .append(value < 0 ? "var(--lumo-error-color)" : "var(--lumo-primary-color)")
                    .append("\"></div>");
        }
        return html.append("</div>").toString();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** "Most active: unit 17 (3.210), unit 4 (2.100), …"; for the input "Largest: feature 2 (0.068), …". */
    static String topUnits(LayerActivations layer, String word) {
        List<Integer> top = layer.topUnits(NAMED_UNITS);
        return (word.equals("unit") ? "Most active: " : "Largest: ") + top.stream().map(i -> word + " " + i + " (" + Numbers.of(layer.units().get(i)) + ")")
                .collect(Collectors.joining(", ")) + ".";
    }
}

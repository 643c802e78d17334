package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.backend.inside.FeatureMap;
import dev.deepcanvas.backend.inside.FeatureMapPicture;
import dev.deepcanvas.backend.inside.LayerActivations;

import java.util.Base64;
import java.util.List;

/**
 * A sequence layer's values over time as one picture: a row per unit, a column per time step, on the layer's one
 * grey scale, with the axes named and the key.
 */
class TimeHeatMap extends Div {

    private static final int MAX_WIDTH = 640;
    private static final int MAX_HEIGHT = 384;

    /** Screen pixels per time step: as wide as fits, at least 2 and at most 32 (room for a word below). */
    static int cellWidth(FeatureMap map) {
        return Math.max(2, Math.min(32, MAX_WIDTH / Math.max(1, map.width())));
    }

    /** Screen pixels per unit: as high as fits, at least 2 and at most 16. */
    static int cellHeight(FeatureMap map) {
        return Math.max(2, Math.min(16, MAX_HEIGHT / Math.max(1, map.height())));
    }

    /** @param words the word at each time step of the input, written under its column; empty if not words */
    TimeHeatMap(LayerActivations layer, List<String> words) {
        this(layer.maps().get(0), layer.low(), layer.high(), layer.nodeId() + " over time", words);
    }

    /**
     * @param map  a row per unit, a column per step
     * @param low  the value drawn black
     * @param high the value drawn white
     */
    TimeHeatMap(FeatureMap map, double low, double high, String alt, List<String> words) {
        addClassName("inside-time");
        add(new ColourKey(low, high));
        int width = cellWidth(map);
        Image picture = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(
                FeatureMapPicture.png(map, low, high)), alt);
        picture.addClassName("example-image");
        picture.addClassName("inside-time-picture");
        picture.setWidth(map.width() * width + "px");
        picture.setHeight(map.height() * cellHeight(map) + "px");
        Span units = new Span("units 0–" + (map.height() - 1) + " ↓");
        units.addClassName("muted");
        Span steps = new Span("time steps 0–" + (map.width() - 1) + " →");
        steps.addClassName("muted");
        Div frame = new Div(units, picture, steps);
        if (words.size() >= map.width() && width >= 12) {
            frame.addComponentAtIndex(2, wordAxis(words.subList(0, map.width()), width));
        }
        frame.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "2px")
                .set("margin-top", "var(--lumo-space-xs)").set("max-width", "100%").set("overflow-x", "auto");
        add(frame);
    }

    /** One word under each column, written downwards so that a column's width is enough. */
    private static Div wordAxis(List<String> words, int width) {
        Div axis = new Div();
        axis.addClassName("inside-time-words");
        axis.getStyle().set("display", "flex");
        for (String word : words) {
            Span label = new Span(word);
            label.getStyle().set("width", width + "px").set("flex", "0 0 auto").set("writing-mode", "vertical-rl")
                    .set("max-height", "90px").set("overflow", "hidden").set("white-space", "nowrap")
                    .set("font-size", "var(--lumo-font-size-xs)").set("line-height", width + "px");
            label.getElement().setAttribute("title", word);
            axis.add(label);
        }
        return axis;
    }
}

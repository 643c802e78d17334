package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.backend.inside.FeatureMap;
import dev.deepcanvas.backend.inside.FeatureMapPicture;
import dev.deepcanvas.backend.inside.LayerActivations;

import java.util.Base64;

/**
 * A sequence layer's values over time as one picture: a row per unit, a column per time step, on the layer's one
 * grey scale, with the axes named and the key.
 */
class TimeHeatMap extends Div {

    private static final int MAX_WIDTH = 640;
    private static final int MAX_HEIGHT = 384;

    /** Screen pixels per value: as large as fits both limits, at least 2 and at most 16. */
    static int cellSize(FeatureMap map) {
        int fit = Math.min(MAX_WIDTH / Math.max(1, map.width()), MAX_HEIGHT / Math.max(1, map.height()));
        return Math.max(2, Math.min(16, fit));
    }

    TimeHeatMap(LayerActivations layer) {
        addClassName("inside-time");
        add(new ColourKey(layer.low(), layer.high()));
        FeatureMap map = layer.maps().get(0);
        int cell = cellSize(map);
        Image picture = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(
                FeatureMapPicture.png(map, layer.low(), layer.high())), layer.nodeId() + " over time");
        picture.addClassName("example-image");
        picture.addClassName("inside-time-picture");
        picture.setWidth(map.width() * cell + "px");
        picture.setHeight(map.height() * cell + "px");
        Span units = new Span("units 0–" + (map.height() - 1) + " ↓");
        units.addClassName("muted");
        Span steps = new Span("time steps 0–" + (map.width() - 1) + " →");
        steps.addClassName("muted");
        Div frame = new Div(units, picture, steps);
        frame.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "2px")
                .set("margin-top", "var(--lumo-space-xs)").set("max-width", "100%").set("overflow-x", "auto");
        add(frame);
    }
}

package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.backend.inside.FeatureMap;
import dev.deepcanvas.backend.inside.FeatureMapPicture;
import dev.deepcanvas.backend.inside.LayerActivations;

import java.util.Base64;

/** A convolution or pooling layer's channels as small grey pictures on one shared scale, with its colour key. */
class FeatureMapGrid extends Div {

    private static final int ENLARGED = 320;

    /** On-screen size of a map: small maps are enlarged to stay visible, large ones shrunk to keep a grid. */
    static int displaySize(int height) {
        return Math.max(40, Math.min(96, height * 3));
    }

    FeatureMapGrid(LayerActivations layer) {
        addClassName("inside-maps");
        add(new ColourKey(layer.low(), layer.high()));
        Div grid = new Div();
        grid.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("margin-top", "var(--lumo-space-xs)");
        for (FeatureMap map : layer.maps()) {
            grid.add(channel(layer, map));
        }
        add(grid);
    }

    private static Div channel(LayerActivations layer, FeatureMap map) {
        byte[] png = FeatureMapPicture.png(map, layer.low(), layer.high());
        Image picture = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(png),
                layer.nodeId() + " channel " + map.channel());
        picture.addClassName("example-image");
        int size = displaySize(map.height());
        picture.setWidth(size * map.width() / Math.max(1, map.height()) + "px");
        picture.setHeight(size + "px");
        Span caption = new Span(String.valueOf(map.channel()));
        caption.addClassName("muted");
        Div cell = new Div(picture, caption);
        cell.addClassName("inside-channel");
        cell.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center");
        cell.getElement().setAttribute("title", "channel " + map.channel() + " (click to enlarge)");
        cell.getStyle().set("cursor", "zoom-in");
        String source = picture.getSrc();
        cell.addClickListener(e -> enlarge(layer, map, source));
        return cell;
    }

    /** One map at a size where single values can be told apart, on the same scale as the grid. */
    private static void enlarge(LayerActivations layer, FeatureMap map, String source) {
        Image large = new Image(source, layer.nodeId() + " channel " + map.channel());
        large.addClassName("example-image");
        int height = ENLARGED;
        large.setHeight(height + "px");
        large.setWidth(height * map.width() / Math.max(1, map.height()) + "px");
        Dialog dialog = new Dialog(new ColourKey(layer.low(), layer.high()), large);
        dialog.setId("inside-enlarged");
        dialog.setHeaderTitle(layer.nodeId() + " · channel " + map.channel() + " · " + map.height() + " × "
                + map.width());
        Button close = new Button("Close", e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }
}

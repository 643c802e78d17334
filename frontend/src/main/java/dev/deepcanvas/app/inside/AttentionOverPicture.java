package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.backend.inside.AttentionMap;
import dev.deepcanvas.backend.inside.PictureRegions;

import java.util.Base64;

/**
 * Attention over a picture's regions, drawn on the picture: one copy of the input per output step, lit where that
 * step looks and dim elsewhere, with the token written at that step below it. The heat map beside it has the same
 * shares, region by region.
 */
class AttentionOverPicture extends Div {

    private static final int PICTURE_SIZE = 128;

    AttentionOverPicture(AttentionMap map) {
        PictureRegions regions = map.regions();
        addClassName("inside-attention-pictures");
        getElement().setAttribute("data-node", map.nodeId());
        Paragraph title = new Paragraph("Where each word looks in the picture");
        title.getStyle().set("font-weight", "600").set("margin", "var(--lumo-space-s) 0 var(--lumo-space-xs)");
        Paragraph meaning = new Paragraph("The picture is cut into " + regions.rows() + " × " + regions.columns()
                + " regions, one per position of the layer before; before writing each word the decoder shares its "
                + "attention among them. Bright regions get the most of it, dim ones little.");
        meaning.addClassName("muted");
        Div row = new Div();
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        row.add(figure(regions.picture(), "the picture", "the input picture", false));
        for (int output = 0; output < regions.pictures().size(); output++) {
            String token = map.outputTokens().get(output);
            row.add(figure(regions.pictures().get(output), token, "where the model looks when it writes " + token,
                    true));
        }
        add(title, meaning, row);
    }

    private static Div figure(byte[] png, String label, String alt, boolean written) {
        Image picture = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(png), alt);
        picture.addClassName("inside-attention-picture");
        picture.setWidth(PICTURE_SIZE + "px");
        picture.setHeight(PICTURE_SIZE + "px");
        picture.getStyle().set("image-rendering", "pixelated").set("border-radius", "4px");
        Span caption = new Span(label);
        caption.addClassName("inside-attention-picture-token");
        if (written) {
            caption.getStyle().set("font-weight", "600");
        } else {
            caption.addClassName("muted");
        }
        Div figure = new Div(picture, caption);
        figure.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs)");
        return figure;
    }
}

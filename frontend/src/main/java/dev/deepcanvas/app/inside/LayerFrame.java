package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import dev.deepcanvas.backend.inside.LayerActivations;

import java.util.stream.Collectors;

/**
 * What every layer's section has, whichever network it belongs to: the node's id, type and output shape as its
 * heading, data attributes that name it (the canvas link and the tests find it by them), and the layer's note.
 */
final class LayerFrame {

    private LayerFrame() {
    }

    /** Names the section after its layer and gives it the heading "id · type · shape". */
    static void open(Div section, LayerActivations layer) {
        section.addClassName("inside-layer");
        section.getElement().setAttribute("data-node", layer.nodeId());
        section.getElement().setAttribute("data-kind", layer.kind().name());
        section.getStyle().set("padding", "var(--lumo-space-s) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        section.add(new H4(layer.nodeId() + " · " + layer.nodeType() + " · "
                + layer.shape().stream().map(String::valueOf).collect(Collectors.joining(" × "))));
    }

    /** The layer's note (a cap, or why something is not drawn), after its drawing. */
    static void close(Div section, LayerActivations layer) {
        if (layer.note() != null) {
            Paragraph note = new Paragraph(layer.note());
            note.addClassName("inside-note");
            section.add(note);
        }
    }
}

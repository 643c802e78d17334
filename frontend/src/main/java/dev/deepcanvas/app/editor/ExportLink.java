package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.StreamResource;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The toolbar's Export button: downloads the document as it is on the canvas at the moment of the click (saved or
 * not), in the same JSON that Import reads back.
 */
class ExportLink extends Anchor {

    static final String FILE_NAME = "graph.json";

    ExportLink(Supplier<GraphDocument> document) {
        super(resource(document), "");
        getElement().setAttribute("download", true);
        setId("export-link");
        // A link that looks like the toolbar's icon buttons; a button inside a link would be two nested controls.
        add(VaadinIcon.DOWNLOAD.create());
        addClassName("icon-link");
        getElement().setAttribute("aria-label", "Export");
        getElement().setAttribute("title", "Export: download the graph as JSON");
    }

    private static StreamResource resource(Supplier<GraphDocument> document) {
        StreamResource resource = new StreamResource(FILE_NAME, () -> new ByteArrayInputStream(
                GraphJson.write(document.get()).getBytes(StandardCharsets.UTF_8)));
        resource.setContentType("application/json");
        return resource;
    }
}

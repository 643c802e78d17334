package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.react.ReactAdapterComponent;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * The node editor: React Flow in the browser, the graph document on the server.
 * <p>
 * The browser keeps drags in local state and sends the whole document on each structural edit (drag stop,
 * connect, delete); the server answers with the analysis (shapes, parameter counts, problems) that the
 * browser paints. The server is the only judge of meaning; the browser only draws.
 */
@Tag("dc-graph-canvas")
@JsModule("./canvas/graph-canvas.tsx")
@NpmPackage(value = "@xyflow/react", version = "12.10.0")
public class GraphCanvas extends ReactAdapterComponent implements HasSize {

    static final String GRAPH = "graph";
    static final String ANALYSIS = "analysis";
    static final String LAYERS = "layers";

    public GraphCanvas() {
        setId("graph-canvas");
    }

    /** Shows a document; the browser redraws it. */
    public void setGraphJson(String json) {
        setState(GRAPH, json);
    }

    public void setAnalysisJson(String json) {
        setState(ANALYSIS, json);
    }

    /** The layer catalog, so nodes are drawn with their family's colour and summary. */
    public void setLayersJson(String json) {
        setState(LAYERS, json);
    }

    /** Called with the whole document after each structural edit in the browser. */
    public Registration addGraphEditListener(SerializableConsumer<String> listener) {
        return addStateChangeListener(GRAPH, String.class, listener);
    }
}

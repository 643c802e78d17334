package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.react.ReactAdapterComponent;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

import java.util.List;

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
@NpmPackage(value = "@dagrejs/dagre", version = "1.1.4")
public class GraphCanvas extends ReactAdapterComponent implements HasSize {

    static final String GRAPH = "graph";
    static final String ANALYSIS = "analysis";
    static final String LAYERS = "layers";
    static final String FOCUS = "focusRequest"; // not "focus": that would shadow HTMLElement.focus()
    static final String READ_ONLY = "readOnly";
    static final String SELECTION = "selection";
    static final String COMMAND_EVENT = "canvas-command";

    private int focusCounter;

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

    /** Centres the node and selects it (from the Problems list, say). */
    public void focusNode(String nodeId) {
        // The counter makes a second click on the same problem move the view again.
        setState(FOCUS, nodeId + "#" + (++focusCounter));
    }

    /** A read-only canvas can be panned, zoomed and inspected, but not edited. */
    public void setReadOnly(boolean readOnly) {
        setState(READ_ONLY, readOnly);
    }

    /** Called with the ids of the selected nodes whenever the selection changes. */
    public Registration addSelectionListener(SerializableConsumer<List<String>> listener) {
        return addStateChangeListener(SELECTION, String.class, json -> listener.accept(CanvasSelection.parse(json)));
    }

    /** Called with "undo" or "redo" when the user presses the shortcut on the canvas. */
    public Registration addCommandListener(SerializableConsumer<String> listener) {
        return getElement().addEventListener(COMMAND_EVENT, e -> listener.accept(e.getEventData().getString("event.detail")))
                .addEventData("event.detail");
    }

    /** Called with the whole document after each structural edit in the browser. */
    public Registration addGraphEditListener(SerializableConsumer<String> listener) {
        return addStateChangeListener(GRAPH, String.class, listener);
    }
}

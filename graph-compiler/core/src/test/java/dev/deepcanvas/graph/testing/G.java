package dev.deepcanvas.graph.testing;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.document.Position;
import dev.deepcanvas.graph.document.TrainingSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A terse builder for graph documents in tests: {@code G.graph().node("in","Input","size",4).edge("in","d")}. */
public final class G {

    private final List<GraphNode> nodes = new ArrayList<>();
    private final List<GraphEdge> edges = new ArrayList<>();
    private TrainingSettings training = TrainingSettings.defaults();
    private String group;

    public static G graph() {
        return new G();
    }

    /** Input(4) → Dense(16, relu) → Output(3, softmax, mcxent): the walking-skeleton graph. */
    public static GraphDocument skeleton() {
        return graph()
                .node("in", "Input", "size", 4)
                .node("hidden", "Dense", "units", 16, "activation", "relu")
                .node("out", "Output", "units", 3, "activation", "softmax", "loss", "mcxent")
                .chain("in", "hidden", "out")
                .doc();
    }

    /** Subsequent nodes get this group (null to clear). */
    public G group(String g) {
        this.group = g;
        return this;
    }

    public G node(String id, String type, Object... kv) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            params.put((String) kv[i], kv[i + 1]);
        }
        nodes.add(new GraphNode(id, type, params, new Position(nodes.size() * 100, 0), group));
        return this;
    }

    public G edge(String source, String target) {
        return edge(source, target, 0);
    }

    public G edge(String source, String target, int port) {
        edges.add(new GraphEdge("e" + (edges.size() + 1), source, target, port));
        return this;
    }

    public G chain(String... ids) {
        for (int i = 1; i < ids.length; i++) {
            edge(ids[i - 1], ids[i]);
        }
        return this;
    }

    public G training(TrainingSettings t) {
        this.training = t;
        return this;
    }

    public GraphDocument doc() {
        return GraphDocument.of("test", nodes, edges, training);
    }
}

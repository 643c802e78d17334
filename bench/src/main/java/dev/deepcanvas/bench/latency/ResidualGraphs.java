package dev.deepcanvas.bench.latency;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.document.Position;
import dev.deepcanvas.graph.document.TrainingSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Large realistic graphs of any size for the latency bench: a residual CNN of (Conv2D → BatchNorm → Activation,
 * added to the block's input) blocks, padded with Scale nodes to the exact size, then pooled into a classifier —
 * the same family of graphs as the compiler's JMH benchmark, so the two can be compared.
 */
final class ResidualGraphs {

    private final List<GraphNode> nodes = new ArrayList<>();
    private final List<GraphEdge> edges = new ArrayList<>();

    private ResidualGraphs() {
    }

    /** A valid graph with exactly {@code size} nodes (at least 8). */
    static GraphDocument of(int size) {
        if (size < 8) {
            throw new IllegalArgumentException("a residual graph needs at least 8 nodes, asked for " + size);
        }
        ResidualGraphs g = new ResidualGraphs();
        g.node("img", "ImageInput", Map.of("height", 32, "width", 32, "channels", 3));
        g.node("stem", "Conv2D", Map.of("filters", 16, "kernel", List.of(3, 3), "padding", "same"));
        g.edge("img", "stem", 0);
        String previous = "stem";
        int tail = 4;
        for (int block = 0; g.nodes.size() + 4 + tail <= size; block++) {
            g.node("c" + block, "Conv2D", Map.of("filters", 16, "kernel", List.of(3, 3), "padding", "same",
                    "activation", "identity"));
            g.node("bn" + block, "BatchNorm", Map.of());
            g.node("a" + block, "Activation", Map.of("activation", "relu"));
            g.node("add" + block, "Add", Map.of());
            g.edge(previous, "c" + block, 0);
            g.edge("c" + block, "bn" + block, 0);
            g.edge("bn" + block, "a" + block, 0);
            g.edge(previous, "add" + block, 0);
            g.edge("a" + block, "add" + block, 1);
            previous = "add" + block;
        }
        while (g.nodes.size() + tail < size) {
            String scale = "s" + g.nodes.size();
            g.node(scale, "Scale", Map.of("factor", 1.0));
            g.edge(previous, scale, 0);
            previous = scale;
        }
        g.node("gap", "GlobalAvgPool", Map.of());
        g.node("dense", "Dense", Map.of("units", 32));
        g.node("drop", "Dropout", Map.of("rate", 0.1));
        g.node("out", "Output", Map.of("units", 10));
        g.edge(previous, "gap", 0);
        g.edge("gap", "dense", 0);
        g.edge("dense", "drop", 0);
        g.edge("drop", "out", 0);
        return GraphDocument.of("residual " + size, g.nodes, g.edges,
                new TrainingSettings("adam", 1e-3, 32, 1, "xavier", 0.0, 42));
    }

    private void node(String id, String type, Map<String, Object> params) {
        nodes.add(new GraphNode(id, type, new LinkedHashMap<>(params), new Position(nodes.size() * 150.0, 0), null));
    }

    private void edge(String source, String target, int port) {
        edges.add(new GraphEdge("e" + edges.size(), source, target, port));
    }
}

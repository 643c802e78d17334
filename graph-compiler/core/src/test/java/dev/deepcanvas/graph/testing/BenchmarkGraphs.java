package dev.deepcanvas.graph.testing;

import dev.deepcanvas.graph.document.GraphDocument;

import java.util.List;

/** Realistic large graphs for speed tests: a residual CNN of (Conv2D → BatchNorm → Activation → Add) blocks. */
public final class BenchmarkGraphs {

    private BenchmarkGraphs() {
    }

    /** A valid graph with exactly {@code nodes} nodes (at least 8). */
    public static GraphDocument residualCnn(int nodes) {
        G g = G.graph().node("img", "ImageInput", "height", 32, "width", 32, "channels", 3)
                .node("stem", "Conv2D", "filters", 16, "kernel", List.of(3, 3), "padding", "same")
                .edge("img", "stem");
        String prev = "stem";
        int used = 2;
        int tail = 4; // GlobalAvgPool, Dense, Dropout, Output
        int block = 0;
        while (used + 4 + tail <= nodes) {
            String c = "c" + block;
            String bn = "bn" + block;
            String act = "a" + block;
            String add = "add" + block;
            g.node(c, "Conv2D", "filters", 16, "kernel", List.of(3, 3), "padding", "same", "activation", "identity")
                    .node(bn, "BatchNorm").node(act, "Activation", "activation", "relu").node(add, "Add")
                    .chain(prev, c, bn, act).edge(prev, add, 0).edge(act, add, 1);
            prev = add;
            used += 4;
            block++;
        }
        while (used + tail < nodes) {
            String s = "s" + used;
            g.node(s, "Scale", "factor", 1.0).edge(prev, s);
            prev = s;
            used++;
        }
        return g.node("gap", "GlobalAvgPool").node("d", "Dense", "units", 32).node("drop", "Dropout", "rate", 0.1)
                .node("out", "Output", "units", 10).chain(prev, "gap", "d", "drop", "out").doc();
    }
}

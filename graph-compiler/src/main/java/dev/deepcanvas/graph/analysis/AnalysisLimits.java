package dev.deepcanvas.graph.analysis;

/**
 * Caps that keep an unreasonable graph from being allocated. They are applied to estimates, before DL4J sees the
 * graph, so a Dense of 10^9 units fails in microseconds instead of exhausting native memory.
 *
 * @param maxNodes           most nodes in a graph
 * @param maxParams          most trainable parameters (whole graph and any single node)
 * @param maxActivationBytes most forward-activation memory for one batch (per-sample estimate × batch size)
 */
public record AnalysisLimits(int maxNodes, long maxParams, long maxActivationBytes) {

    /** 50M parameters is ~200 MB of weights, ~800 MB with Adam state and gradients: fits the default native cap. */
    public static AnalysisLimits defaults() {
        return new AnalysisLimits(20_000, 50_000_000L, 2L * 1024 * 1024 * 1024);
    }
}

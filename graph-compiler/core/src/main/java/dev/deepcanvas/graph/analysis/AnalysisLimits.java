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

    /** Bytes of native memory per trainable parameter: float32 weight, gradient and two Adam moments. */
    public static final long BYTES_PER_PARAM = 16;

    /** 50M parameters is ~200 MB of weights, ~800 MB with Adam state and gradients: fits the default native cap. */
    public static AnalysisLimits defaults() {
        return new AnalysisLimits(20_000, 50_000_000L, 2L * 1024 * 1024 * 1024);
    }

    /**
     * Caps that fit a native-memory budget: half of it for parameters with their gradients and optimizer state,
     * half for one batch's activations (the backward pass needs about as much again as the forward one).
     */
    public static AnalysisLimits forNativeMemory(long bytes) {
        long half = Math.max(0, bytes / 2);
        return new AnalysisLimits(20_000, half / BYTES_PER_PARAM, half / 2);
    }

    /**
     * The tighter of these caps and {@link #forNativeMemory}'s for {@code bytes}; no budget ({@code bytes <= 0})
     * leaves them as they are. The DL4J module's {@code NativeMemoryLimits} applies the JVM's native-memory limit.
     */
    public AnalysisLimits within(long bytes) {
        if (bytes <= 0) {
            return this;
        }
        AnalysisLimits m = forNativeMemory(bytes);
        return new AnalysisLimits(maxNodes, Math.min(maxParams, m.maxParams()),
                Math.min(maxActivationBytes, m.maxActivationBytes()));
    }
}

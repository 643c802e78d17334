package dev.deepcanvas.graph.analysis;

/**
 * Caps that keep an unreasonable graph from being allocated or trained. They are applied to estimates, before DL4J
 * sees the graph, so a Dense of 10^9 units or a GRU over a million time steps fails in microseconds instead of
 * exhausting native memory or never finishing a training step.
 *
 * @param maxNodes           most nodes in a graph
 * @param maxParams          most trainable parameters (whole graph and any single node)
 * @param maxActivationBytes most forward-activation memory for one batch (per-sample estimate × batch size)
 * @param maxMultiplyAdds    most multiply-adds of one sample's forward pass (whole graph and any single node); a
 *                           training step costs about three times this per sample
 * @param maxRecurrentSteps  most time steps one recurrent layer steps through, one after another, for one sample
 */
public record AnalysisLimits(int maxNodes, long maxParams, long maxActivationBytes, long maxMultiplyAdds,
                             long maxRecurrentSteps) {

    /** Bytes of native memory per trainable parameter: float32 weight, gradient and two Adam moments. */
    public static final long BYTES_PER_PARAM = 16;
    /**
     * Two billion multiply-adds per sample: about a second of a training step per sample on a laptop's cores, and
     * some 350 times the largest gallery template (the conditional DCGAN, 5.6 million).
     */
    public static final long DEFAULT_MAX_MULTIPLY_ADDS = 2_000_000_000L;
    /**
     * Ten thousand steps: a recurrent layer computes its steps one after another, each a handful of native calls
     * however small the layer, so a longer sequence costs seconds per sample whatever the hardware. The gallery's
     * longest is 40 (the character model).
     */
    public static final long DEFAULT_MAX_RECURRENT_STEPS = 10_000L;

    /** The caps without the compute caps given: those take their defaults. */
    public AnalysisLimits(int maxNodes, long maxParams, long maxActivationBytes) {
        this(maxNodes, maxParams, maxActivationBytes, DEFAULT_MAX_MULTIPLY_ADDS, DEFAULT_MAX_RECURRENT_STEPS);
    }

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
     * leaves them as they are. The compute caps do not depend on memory and stay. The DL4J module's
     * {@code NativeMemoryLimits} applies the JVM's native-memory limit.
     */
    public AnalysisLimits within(long bytes) {
        if (bytes <= 0) {
            return this;
        }
        AnalysisLimits m = forNativeMemory(bytes);
        return new AnalysisLimits(maxNodes, Math.min(maxParams, m.maxParams()),
                Math.min(maxActivationBytes, m.maxActivationBytes()), maxMultiplyAdds, maxRecurrentSteps);
    }
}

package dev.deepcanvas.graph.analysis;

/** Stable problem codes; the browser and the CLI key on these, so names never change once published. */
public enum ProblemCode {
    /** An input shape a layer cannot take (e.g. Conv2D after a vector). */
    SHAPE_MISMATCH,
    /** The edges form a loop. */
    CYCLE,
    /** A layer's input port is not connected. */
    DANGLING_INPUT,
    /** No output layer in the graph. */
    NO_OUTPUT,
    /** No input node in the graph. */
    NO_INPUT,
    /** Wrong number of inputs (a merge with one input, a Dense with two). */
    ARITY,
    /** A kernel, pool or crop larger than the (padded) input. */
    KERNEL_TOO_LARGE,
    /** A parameter value outside its allowed range, of the wrong kind, or unknown. */
    BAD_PARAM,
    /** A node cut off from the inputs, or whose result never reaches an output. */
    UNREACHABLE,
    /** Two nodes (or edges) with the same id. */
    DUPLICATE_ID,
    /** A node type not in the layer catalog. */
    UNKNOWN_TYPE,
    /** An edge naming a node that does not exist. */
    UNKNOWN_NODE,
    /** Generator and discriminator blocks that do not fit together. */
    GAN_BLOCKS,
    /**
     * A parameter, multiply-add, recurrent-step, activation-memory or node-count estimate over the configured cap.
     */
    TOO_LARGE,
    /** Invalid training settings (optimizer, learning rate, batch size, ...). */
    BAD_TRAINING,
    /** The compiler itself failed on a graph the analyzer accepted; reported rather than thrown. */
    INTERNAL,
    /** An Output or RnnOutput that feeds another node: an output ends the network. */
    OUTPUT_NOT_LAST,
    /**
     * A warning, not a problem: the graph is several networks that share nothing ({@link Analysis#warnings()}).
     */
    DISCONNECTED
}

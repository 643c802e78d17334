package dev.deepcanvas.graph.analysis;

/**
 * What the analyzer learned about one node.
 *
 * @param outputShape null when it cannot be inferred (a problem upstream or at this node)
 * @param params      trainable parameters of this node (0 when unknown)
 */
public record NodeInfo(String nodeId, Shape outputShape, long params, long multiplyAdds) {

    public NodeInfo(String nodeId, Shape outputShape, long params) {
        this(nodeId, outputShape, params, 0);
    }
}

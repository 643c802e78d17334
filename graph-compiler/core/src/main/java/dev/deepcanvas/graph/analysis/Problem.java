package dev.deepcanvas.graph.analysis;

/**
 * One thing wrong with a graph. {@code message} is written for a learner and says how to fix it.
 *
 * @param nodeId the node to paint red, or null
 * @param edgeId the edge concerned, or null
 */
public record Problem(ProblemCode code, String nodeId, String edgeId, String message) {

    public static Problem ofNode(ProblemCode code, String nodeId, String message) {
        return new Problem(code, nodeId, null, message);
    }

    public static Problem ofEdge(ProblemCode code, String edgeId, String message) {
        return new Problem(code, null, edgeId, message);
    }

    public static Problem ofGraph(ProblemCode code, String message) {
        return new Problem(code, null, null, message);
    }

    @Override
    public String toString() {
        String where = nodeId != null ? " [node " + nodeId + "]" : edgeId != null ? " [edge " + edgeId + "]" : "";
        return code + where + ": " + message;
    }
}

package dev.deepcanvas.app.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.NodeInfo;
import dev.deepcanvas.graph.analysis.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The analysis as the canvas paints it: a badge per node, red nodes and edges, the totals. */
public record CanvasAnalysis(Map<String, NodeBadge> nodes, List<ProblemView> problems, long totalParams) {

    /** @param problems the node's problems, most important first */
    public record NodeBadge(String shape, long params, List<String> problems) {
    }

    public record ProblemView(String code, String nodeId, String edgeId, String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static CanvasAnalysis of(Analysis analysis) {
        Map<String, NodeBadge> badges = new LinkedHashMap<>();
        for (NodeInfo info : analysis.nodes().values()) {
            // The caption shows the first: the problem that explains the others (see ProblemPriority).
            List<String> messages = analysis.problemsFor(info.nodeId()).stream()
                    .sorted(ProblemPriority.MOST_IMPORTANT_FIRST).map(Problem::message).toList();
            badges.put(info.nodeId(), new NodeBadge(info.outputShape() == null ? null : info.outputShape().toString(),
                    info.params(), messages));
        }
        List<ProblemView> problems = analysis.problems().stream()
                .map(p -> new ProblemView(p.code().name(), p.nodeId(), p.edgeId(), p.message()))
                .toList();
        return new CanvasAnalysis(badges, problems, analysis.totalParams());
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("analysis is always serialisable", e);
        }
    }
}

package dev.deepcanvas.app.editor;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.document.GraphJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the canvas paints under a node: its most important problem first. */
class CanvasAnalysisTest {

    /** A Conv2D fed by a plain vector, and leading nowhere: wrong input shape and never used. */
    private static final String BROKEN = """
            {"format": "deepcanvas-graph", "version": 1, "name": "Broken", "description": "",
             "nodes": [
               {"id": "input1", "type": "Input", "params": {"size": 4}, "position": {"x": 0, "y": 0}},
               {"id": "conv2d1", "type": "Conv2D", "params": {}, "position": {"x": 200, "y": 0}},
               {"id": "dense1", "type": "Dense", "params": {"units": 3}, "position": {"x": 200, "y": 200}},
               {"id": "output1", "type": "Output", "params": {"units": 3}, "position": {"x": 400, "y": 200}}],
             "edges": [
               {"id": "e1", "source": "input1", "target": "conv2d1", "targetPort": 0},
               {"id": "e2", "source": "input1", "target": "dense1", "targetPort": 0},
               {"id": "e3", "source": "dense1", "target": "output1", "targetPort": 0}],
             "training": {}}
            """;

    @Test
    void aBrokenNodesCaptionNamesItsRealProblemBeforeNeverUsed() throws Exception {
        Analysis analysis = new GraphAnalyzer().analyze(GraphJson.parse(BROKEN));
        assertThat(analysis.problemsFor("conv2d1")).extracting(p -> p.code())
                .as("the compiler finds both").contains(ProblemCode.SHAPE_MISMATCH, ProblemCode.UNREACHABLE);

        CanvasAnalysis canvas = CanvasAnalysis.of(analysis);

        String caption = canvas.nodes().get("conv2d1").problems().get(0);
        String shapeMessage = analysis.problemsFor("conv2d1").stream()
                .filter(p -> p.code() == ProblemCode.SHAPE_MISMATCH).findFirst().orElseThrow().message();
        assertThat(caption).isEqualTo(shapeMessage).doesNotContain("never used");
    }
}

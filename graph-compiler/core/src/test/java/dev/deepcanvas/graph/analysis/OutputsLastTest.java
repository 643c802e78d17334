package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.G;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An output ends the network (issue 20, defect 1): each of these was accepted and then failed in DL4J at the first
 * forward pass or training step. Now the output is refused, with the edge that leaves it.
 */
class OutputsLastTest {

    private final GraphAnalyzer analyzer = new GraphAnalyzer();

    private Problem onlyProblem(GraphDocument doc) {
        List<Problem> problems = analyzer.analyze(doc).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void anOutputFeedingAnotherOutput() {
        Problem p = onlyProblem(G.graph().node("in", "Input", "size", 4).node("o1", "Output", "units", 3)
                .node("o2", "Output", "units", 3).chain("in", "o1", "o2").doc());
        assertThat(p.code()).isEqualTo(ProblemCode.OUTPUT_NOT_LAST);
        assertThat(p.nodeId()).isEqualTo("o1");
        assertThat(p.edgeId()).isEqualTo("e2");
        assertThat(p.message()).contains("Output o1 ends the network").contains("edge e2 feeds it into o2")
                .contains("Connect o2 to the layer before o1");
    }

    @Test
    void anOutputFeedingADenseAndAnotherOutput() {
        Problem p = onlyProblem(G.graph().node("in", "Input", "size", 4).node("o1", "Output", "units", 3)
                .node("d", "Dense", "units", 5).node("o2", "Output", "units", 3).chain("in", "o1", "d", "o2").doc());
        assertThat(p.code()).isEqualTo(ProblemCode.OUTPUT_NOT_LAST);
        assertThat(p.nodeId()).isEqualTo("o1");
    }

    @Test
    void anRnnOutputFeedingLastTimeStep() {
        Problem p = onlyProblem(G.graph().node("in", "SequenceInput", "length", 5, "features", 3)
                .node("r", "RnnOutput", "units", 3).node("l", "LastTimeStep").node("o", "Output", "units", 3)
                .chain("in", "r", "l", "o").doc());
        assertThat(p.code()).isEqualTo(ProblemCode.OUTPUT_NOT_LAST);
        assertThat(p.nodeId()).isEqualTo("r");
        assertThat(p.message()).startsWith("RnnOutput r ends the network");
    }

    @Test
    void anOutputFeedingAConcatenate() {
        Problem p = onlyProblem(G.graph().node("in", "Input", "size", 4).node("o1", "Output", "units", 3)
                .node("d", "Dense", "units", 5).node("c", "Concatenate").node("o2", "Output", "units", 3)
                .chain("in", "o1").chain("in", "d").edge("o1", "c", 0).edge("d", "c", 1).chain("c", "o2").doc());
        assertThat(p.code()).isEqualTo(ProblemCode.OUTPUT_NOT_LAST);
        assertThat(p.edgeId()).isEqualTo("e3");
    }

    @Test
    void eachEdgeOutOfAnOutputIsNamed() {
        List<Problem> problems = analyzer.analyze(G.graph().node("in", "Input", "size", 4)
                .node("o1", "Output", "units", 3).node("a", "Dense").node("b", "Dense").node("c", "Add")
                .node("o2", "Output").chain("in", "o1", "a").chain("o1", "b").edge("a", "c", 0).edge("b", "c", 1)
                .chain("c", "o2").doc()).problems();
        assertThat(problems).extracting(Problem::edgeId).containsExactly("e2", "e3");
    }

    @Test
    void outputsSharingTheirInputAreFine() {
        Analysis a = analyzer.analyze(G.graph().node("in", "Input", "size", 4).node("d", "Dense")
                .node("o1", "Output", "units", 3).node("o2", "Output", "units", 1, "activation", "identity",
                        "loss", "mse").chain("in", "d", "o1").chain("d", "o2").doc());
        assertThat(a.problems()).isEmpty();
    }
}

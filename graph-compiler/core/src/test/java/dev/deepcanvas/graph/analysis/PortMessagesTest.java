package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.testing.G;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Port problems say what is wrong with which edge (issue 20, defect 6): two edges into port 0 of a Dense, or an edge
 * into port 3 of a one-input layer, were told "port 1 is not connected while a later port is", without an edge.
 */
class PortMessagesTest {

    private final GraphAnalyzer analyzer = new GraphAnalyzer();

    @Test
    void twoEdgesIntoPortZeroOfADense() {
        List<Problem> problems = analyzer.analyze(G.graph().node("a", "Input", "size", 4).node("b", "Input", "size", 4)
                .node("d", "Dense").node("out", "Output").edge("a", "d").edge("b", "d").chain("d", "out").doc())
                .problems();
        assertThat(problems).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.code()).isEqualTo(ProblemCode.ARITY);
        assertThat(p.nodeId()).isEqualTo("d");
        assertThat(p.edgeId()).isEqualTo("e2");
        assertThat(p.message()).isEqualTo("Input port 0 of Dense d is fed by two edges (e1 and e2). Each port takes "
                + "one edge: combine them first with a merge node (Concatenate, Add).");
    }

    @Test
    void anEdgeIntoPortThreeOfAOneInputLayer() {
        List<Problem> problems = analyzer.analyze(G.graph().node("in", "Input", "size", 4).node("d", "Dense")
                .node("out", "Output").edge("in", "d", 3).chain("d", "out").doc()).problems();
        assertThat(problems).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.code()).isEqualTo(ProblemCode.ARITY);
        assertThat(p.edgeId()).isEqualTo("e1");
        assertThat(p.message()).isEqualTo("Dense d takes one input (port 0), but edge e1 goes into port 3. Connect "
                + "it to port 0, or combine the inputs first with a merge node (Concatenate, Add).");
    }

    @Test
    void aMissingPortNamesItsRoleAndTheEdgeBeyondIt() {
        Problem p = analyzer.analyze(G.graph().node("s", "SequenceInput", "length", 4, "features", 3)
                .node("att", "Attention").node("out", "RnnOutput").edge("s", "att", 0).edge("s", "att", 2)
                .chain("att", "out").doc()).problems().get(0);
        assertThat(p.code()).isEqualTo(ProblemCode.DANGLING_INPUT);
        assertThat(p.edgeId()).isEqualTo("e2");
        assertThat(p.message()).isEqualTo("Input port 1 (keys) of Attention att is not connected, but port 2 is "
                + "(edge e2). Connect port 1, or move edge e2 to it.");
    }

    @Test
    void anEdgeBeyondAMergesLastPortNamesTheLimit() {
        Problem p = analyzer.analyze(G.graph().node("s", "SequenceInput", "length", 4, "features", 3)
                .node("att", "Attention").node("out", "RnnOutput").edge("s", "att", 0).edge("s", "att", 1)
                .edge("s", "att", 3).chain("att", "out").doc()).problems().get(0);
        assertThat(p.message()).startsWith("Attention att takes at most 3 inputs (ports 0 to 2: queries, keys, "
                + "values (optional: the keys)), but edge e3 goes into port 3.");
    }

    @Test
    void anEdgeIntoAnInputNamesTheEdge() {
        Problem p = analyzer.analyze(G.graph().node("a", "Input").node("b", "Input").node("out", "Output")
                .chain("a", "b", "out").doc()).problems().get(0);
        assertThat(p.code()).isEqualTo(ProblemCode.ARITY);
        assertThat(p.nodeId()).isEqualTo("b");
        assertThat(p.edgeId()).isEqualTo("e1");
    }

    @Test
    void aLoopOntoItselfIsACycleOnly() {
        List<Problem> problems = analyzer.analyze(G.graph().node("in", "Input").node("d", "Dense")
                .node("out", "Output").chain("in", "d", "out").edge("d", "d", 1).doc()).problems();
        assertThat(problems).extracting(Problem::code).containsExactly(ProblemCode.CYCLE);
    }
}

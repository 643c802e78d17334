package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.testing.G;
import dev.deepcanvas.graph.testing.Samples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two networks in one graph compiled silently (issue 20, defect 7); now they are a warning that lists the nodes of
 * each. A warning never makes a graph invalid.
 */
class GraphWarningsTest {

    private final GraphAnalyzer analyzer = new GraphAnalyzer();

    @Test
    void separateNetworksAreAWarningNamingTheirNodes() {
        Analysis a = analyzer.analyze(G.graph().node("a", "Input").node("ao", "Output").node("b", "Input")
                .node("bd", "Dense").node("bo", "Output").chain("a", "ao").chain("b", "bd", "bo").doc());
        assertThat(a.isValid()).isTrue();
        assertThat(a.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ProblemCode.DISCONNECTED);
            assertThat(w.nodeId()).isEqualTo("b");
            assertThat(w.message()).startsWith("The graph is 2 separate networks that share nothing: {a, ao}; "
                    + "{b, bd, bo}.");
        });
    }

    @Test
    void aLargePartIsAbbreviated() {
        G g = G.graph().node("x", "Input").node("xo", "Output").chain("x", "xo").node("in", "Input");
        String previous = "in";
        for (int i = 0; i < 9; i++) {
            g.node("d" + i, "Dense");
            g.edge(previous, "d" + i);
            previous = "d" + i;
        }
        Analysis a = analyzer.analyze(g.node("o", "Output").edge(previous, "o").doc());
        assertThat(a.warnings().get(0).message()).contains("{in, d0, d1, d2, d3, d4 and 5 more}");
    }

    @Test
    void oneNetworkHasNoWarning() {
        assertThat(analyzer.analyze(Samples.lenet()).warnings()).isEmpty();
        assertThat(analyzer.analyze(G.skeleton()).warnings()).isEmpty();
    }

    @Test
    void aGansTwoBlocksAreOneNetwork() {
        assertThat(analyzer.analyze(Samples.gan()).warnings()).isEmpty();
        assertThat(analyzer.analyze(Samples.conditionalGan()).warnings()).isEmpty();
    }

    @Test
    void aGraphWithProblemsGetsNoWarnings() {
        Analysis a = analyzer.analyze(G.graph().node("a", "Input").node("ao", "Output").node("b", "Input")
                .node("bo", "Output", "units", -1).chain("a", "ao").chain("b", "bo").doc());
        assertThat(a.isValid()).isFalse();
        assertThat(a.warnings()).isEmpty();
    }
}

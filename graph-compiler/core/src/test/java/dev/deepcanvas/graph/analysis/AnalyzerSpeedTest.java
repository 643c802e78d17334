package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.BenchmarkGraphs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large graphs stay analysable. The edit-feedback bar (200 nodes under 5 ms) is a timing, so the bench checks it
 * ({@code AnalysisLatency}, docs/performance.md), not a unit test that a busy build machine could fail.
 */
class AnalyzerSpeedTest {

    @Test
    void thousandNodeGraphIsValid() {
        Analysis a = new GraphAnalyzer().analyze(BenchmarkGraphs.residualCnn(1000));
        assertThat(a.problems()).isEmpty();
        assertThat(a.nodes()).hasSize(1000);
    }
}

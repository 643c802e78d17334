package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.BenchmarkGraphs;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** A quick in-build guard for the edit-feedback bar; the JMH benchmark (bench package) gives the precise numbers. */
class AnalyzerSpeedTest {

    @Test
    void twoHundredNodeGraphAnalysesWellUnderFiveMilliseconds() {
        GraphDocument doc = BenchmarkGraphs.residualCnn(200);
        GraphAnalyzer analyzer = new GraphAnalyzer();
        Analysis a = analyzer.analyze(doc);
        assertThat(a.problems()).isEmpty();
        assertThat(a.nodes()).hasSize(200);
        for (int i = 0; i < 300; i++) {
            analyzer.analyze(doc);
        }
        long[] times = new long[201];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            analyzer.analyze(doc);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        double medianMs = times[times.length / 2] / 1e6;
        assertThat(medianMs).isLessThan(5.0);
    }

    @Test
    void thousandNodeGraphIsValid() {
        Analysis a = new GraphAnalyzer().analyze(BenchmarkGraphs.residualCnn(1000));
        assertThat(a.problems()).isEmpty();
        assertThat(a.nodes()).hasSize(1000);
    }
}

package dev.deepcanvas.bench.latency;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.document.GraphDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Validate + infer latency: what the editor waits for after every edit (the compiler's analysis: validation,
 * shape inference and parameter counts of the whole graph). Median and 90th percentile of many analyses after a
 * warm-up that lets the JIT compile the analyzer.
 */
public final class AnalysisLatency {

    /** One graph size's figures, in milliseconds. */
    public record Row(int nodes, double medianMillis, double p90Millis, int analyses) {
    }

    private AnalysisLatency() {
    }

    public static Row measure(int nodes) {
        GraphDocument doc = ResidualGraphs.of(nodes);
        GraphAnalyzer analyzer = new GraphAnalyzer();
        Analysis first = analyzer.analyze(doc);
        if (!first.isValid()) {
            throw new IllegalStateException("the " + nodes + "-node bench graph is invalid: " + first.problems());
        }
        int analyses = Math.max(50, 100_000 / nodes);
        for (int i = 0; i < analyses; i++) {
            analyzer.analyze(doc);
        }
        List<Double> millis = new ArrayList<>(analyses);
        for (int i = 0; i < analyses; i++) {
            long start = System.nanoTime();
            analyzer.analyze(doc);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Double::compare);
        return new Row(nodes, millis.get(analyses / 2), millis.get((int) (analyses * 0.9)), analyses);
    }
}

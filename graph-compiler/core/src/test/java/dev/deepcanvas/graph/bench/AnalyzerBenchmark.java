package dev.deepcanvas.graph.bench;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.BenchmarkGraphs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.concurrent.TimeUnit;

/**
 * Validate + infer shapes (what runs on every canvas edit) on 10-, 200- and 1000-node graphs. The product bar is a
 * median under 5 ms for 200 nodes. Sample mode gives the percentiles, including the median (p0.50).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AnalyzerBenchmark {

    @Param({"10", "200", "1000"})
    public int nodes;

    private GraphDocument doc;
    private final GraphAnalyzer analyzer = new GraphAnalyzer();

    @Setup
    public void setUp() {
        doc = BenchmarkGraphs.residualCnn(nodes);
        if (!analyzer.analyze(doc).isValid()) {
            throw new IllegalStateException("benchmark graph is invalid");
        }
    }

    @Benchmark
    public Analysis validateAndInfer() {
        return analyzer.analyze(doc);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(AnalyzerBenchmark.class.getSimpleName()).build()).run();
    }
}

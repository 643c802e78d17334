package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.bench.BenchContext;
import dev.deepcanvas.bench.latency.AnalysisLatency;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The performance bench of {@code bench/performance.sh}: training throughput of the three standard models through
 * DeepCanvas, through hand-written DL4J and through PyTorch, measured one after another in this one process run,
 * then validate + infer latency for 10-, 200- and 1000-node graphs. Prints Markdown tables.
 *
 * <p>Arguments: {@code [--iters N] [--reps N] [--rounds N] [--models mlp,lenet,lstm]}.
 */
public final class PerformanceBench {

    private PerformanceBench() {
    }

    public static void main(String[] args) throws Exception {
        // Set up the native back end before any network exists, as the application does at start.
        NativeBackend.configure();
        Map<String, String> options = options(args);
        Repetitions reps = new Repetitions(5, Integer.parseInt(options.getOrDefault("iters", "50")),
                Integer.parseInt(options.getOrDefault("reps", "5")));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        List<BenchModel> models = Arrays.stream(options.getOrDefault("models", "mlp,lenet,lstm").split(","))
                .map(id -> Arrays.stream(BenchModel.values()).filter(m -> m.id().equals(id.strip())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no bench model '" + id + "'")))
                .toList();
        int threads = Runtime.getRuntime().availableProcessors();
        // The service's run must hold every timed minibatch plus a little, so the last window has an end point.
        BenchDatasets.holdBatches(reps.totalSteps() + reps.iterations() / 2 + 1);

        List<ThroughputRow> rows = new ArrayList<>();
        PyTorchReference pyTorch = PyTorchReference.locate();
        try (BenchContext bench = BenchContext.start("deepcanvas-perf")) {
            DeepCanvasThroughput deepCanvas = new DeepCanvasThroughput(bench.bean(RunLauncher.class),
                    bench.bean(RunQueries.class),
                    bench.bean(RunEvents.class));
            System.out.println("ND4J: " + describeBackend() + "; " + threads + " cores");
            // A fresh JVM spends its first seconds JIT-compiling Spring and DL4J on both cores; OpenMP's threads
            // lose badly to any such competitor, so one untimed round comes first and PyTorch runs last.
            // DeepCanvas's training threads limit their native threads (NativeBackend); the hand-written network,
            // trained on this thread, gets the same limit, so the two differ only in DeepCanvas's machinery.
            NativeBackend.limitThreadsOfCallingThread();
            System.out.println("warming up …");
            Repetitions warmUp = new Repetitions(2, 20, 1);
            HandWrittenThroughput.measure(BenchModel.MLP, warmUp);
            deepCanvas.measure(BenchModel.MLP, warmUp);
            Thread.sleep(3_000);
            for (BenchModel model : models) {
                System.out.println("timing " + model.id() + ": DeepCanvas and DL4J by hand, " + rounds
                        + " alternating rounds …");
                rows.add(ThroughputRow.of(model, PairedRounds.run(rounds, () -> deepCanvas.measure(model, reps),
                        () -> HandWrittenThroughput.measure(model, reps))));
            }
            if (pyTorch.unavailable().isEmpty()) {
                System.out.println("timing PyTorch …");
                Map<String, Double> torch = pyTorch.measure(threads, reps);
                rows.replaceAll(row -> row.withPyTorch(torch.getOrDefault(row.model().id(), Double.NaN)));
            }
        }

        System.out.println();
        System.out.println("Training throughput (median of " + reps.reps() + " repetitions of " + reps.iterations()
                + " minibatches after " + reps.warmUp() + " warm-up steps; a and b: median of " + rounds
                + " alternating rounds)"
                + (pyTorch.unavailable().isPresent() ? "; PyTorch: " + pyTorch.unavailable().get()
                : "; " + pyTorch.version()));
        System.out.println(ThroughputRow.header());
        rows.forEach(row -> System.out.println(row.render()));

        System.out.println();
        System.out.println("Validate + infer latency (the analysis behind every edit)");
        System.out.println("| nodes | median | p90 | analyses |\n|---|---|---|---|");
        for (int nodes : new int[] {10, 200, 1000}) {
            AnalysisLatency.Row row = AnalysisLatency.measure(nodes);
            System.out.printf(Locale.ROOT, "| %d | %.3f ms | %.3f ms | %d |%n", row.nodes(), row.medianMillis(),
                    row.p90Millis(), row.analyses());
        }
    }

    private static String describeBackend() {
        Nd4j.create(1);
        String build = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo();
        return (build.contains("HAVE_ONEDNN") ? "oneDNN build" : "build without oneDNN") + ", "
                + NativeBackend.threads() + " native thread(s) per training thread";
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: [--iters N] [--reps N] [--rounds N] [--models mlp,lenet,lstm]");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}

package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.TrainingSteps;
import dev.deepcanvas.bench.BenchContext;
import dev.deepcanvas.bench.gan.GanStepBench;
import dev.deepcanvas.bench.inference.BatchInference;
import dev.deepcanvas.bench.inference.InferenceLatency;
import dev.deepcanvas.bench.latency.AnalysisLatency;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.graph.dl4j.TrainingThreads;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The performance bench of {@code bench/performance.sh}, in one process run, printing Markdown tables:
 * <ol>
 *   <li>training throughput of the bench models ({@link BenchModel}) through DeepCanvas's training service on every
 *       core, DeepCanvas's step on one core, hand-written DL4J, and PyTorch on every core and on one thread, with
 *       GFLOP/s against this machine's measured single-precision matrix-product ceiling;</li>
 *   <li>one-input latency of every template, as the playground and the Inside view ask it;</li>
 *   <li>LeNet's batch inference against PyTorch's {@code torch.no_grad()} forward;</li>
 *   <li>one GAN step of each GAN template against the same GANs in PyTorch;</li>
 *   <li>validate + infer latency of the graph compiler.</li>
 * </ol>
 * Every section prints the load average it ran under. The report (machine, date, commit, command, load and every
 * table) is written to {@code docs/performance-results.md} as well ({@link ResultsFile}), so that no figure in the
 * documentation is typed by hand; progress lines go to the console only.
 *
 * <p>Arguments: {@code [--models mlp,lenet,lstm,gru,resnet] [--iters N] [--reps N] [--rounds N]
 * [--sections training,inference,gan,analysis] [--results FILE|none] [--smoke]}; {@code --iters} replaces every
 * model's own repetition length. {@code --smoke} checks that every section runs end to end in a few minutes: a few
 * steps per model, one repetition, one round, a short warm-up, and no results file unless {@code --results} names
 * one; its figures mean nothing.
 */
public final class PerformanceBench {

    private static final List<String> SECTIONS = List.of("training", "inference", "gan", "analysis");
    /**
     * One untimed round of the MLP first: a fresh JVM spends its first seconds JIT-compiling Spring and DL4J, and
     * a hundred steps of each contender get their hot loops compiled before anything is timed.
     */
    private static final Repetitions WARM_UP = new Repetitions(2, 100, 1);
    /** The smoke run's warm-up, repetition length and GAN steps: enough to go through every code path once. */
    private static final Repetitions SMOKE_WARM_UP = new Repetitions(1, 3, 1);
    private static final String SMOKE_ITERATIONS = "3";
    private static final int SMOKE_GAN_STEPS = 2;
    private static final String SMOKE = "smoke";
    private static final List<String> OPTIONS = List.of("models", "iters", "reps", "rounds", "sections", "results");
    /** Where the report goes unless {@code --results} names another file (or {@code none}). */
    private static final String DEFAULT_RESULTS = "docs/performance-results.md";
    /** The Markdown report of this run, printed and written to the results file. */
    private static ResultsFile report;
    /** The batch of the batch-inference comparison, and its repetitions (the warm-up is the measurement's own). */
    private static final int INFERENCE_BATCH = 256;
    private static final Repetitions INFERENCE = new Repetitions(0, 20, 5);
    private static final Repetitions SMOKE_INFERENCE = new Repetitions(0, 2, 1);

    private PerformanceBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String results = options.getOrDefault("results", options.containsKey(SMOKE) ? "none" : DEFAULT_RESULTS);
        try (ResultsFile written = ResultsFile.open(results.equals("none") ? null : Path.of(results))) {
            report = written;
            run(args, options);
            written.complete();
        } finally {
            if (report != null && !report.where().isEmpty()) {
                System.out.println();
                System.out.println("The report is in " + report.where());
            }
        }
    }

    private static void run(String[] args, Map<String, String> options) throws Exception {
        long started = System.nanoTime();
        // Set up the native back end before any network exists, as the application does at start.
        NativeBackend.configure();
        boolean smoke = options.containsKey(SMOKE);
        Repetitions warmUp = smoke ? SMOKE_WARM_UP : WARM_UP;
        int reps = Integer.parseInt(options.getOrDefault("reps", smoke ? "1" : "5"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", smoke ? "1" : "3"));
        if (smoke) {
            options.putIfAbsent("iters", SMOKE_ITERATIONS);
        }
        List<BenchModel> models = Arrays.stream(options.getOrDefault("models", "mlp,lenet,lstm,gru,resnet")
                .split(",")).map(id -> BenchModel.byId(id.strip())).toList();
        List<String> sections = Arrays.stream(options.getOrDefault("sections", String.join(",", SECTIONS))
                .split(",")).map(String::strip).toList();
        Map<BenchModel, Repetitions> repetitions = new EnumMap<>(BenchModel.class);
        for (BenchModel model : models) {
            int iterations = options.containsKey("iters") ? Integer.parseInt(options.get("iters"))
                    : model.iterations();
            repetitions.put(model, new Repetitions(3, iterations, reps));
        }
        // The service's one-epoch run must hold every timed minibatch; the MLP's also the warm-up's, which always runs
        // (its first steps may time one thread against every core too, whichever models were asked for).
        BenchDatasets.holdBatches(BenchModel.MLP, warmUp.totalSteps() + TrainingThreads.MAX_TRIAL_STEPS);
        // A run's first steps may time one thread against every core before the timed ones.
        repetitions.forEach((model, timed) -> BenchDatasets.holdBatches(model, Math.max(timed.totalSteps(),
                model == BenchModel.MLP ? warmUp.totalSteps() : 0) + TrainingThreads.MAX_TRIAL_STEPS));
        int cores = Runtime.getRuntime().availableProcessors();
        Nd4j.create(1);
        PyTorchReference pyTorch = PyTorchReference.locate();

        report.line("# DeepCanvas performance bench: results");
        report.blank();
        report.line("Written by `bench/performance.sh` as it measured (docs/performance.md explains the bench); every "
                + "figure below is the bench's own output. Do not edit by hand: run the bench again.");
        report.blank();
        report.line("- machine: " + MachineInfo.machine());
        report.line("- date: " + MachineInfo.date() + "; commit: " + MachineInfo.commit());
        report.line("- command: bench/performance.sh " + String.join(" ", args));
        if (smoke) {
            report.line("- smoke run: a few steps of everything to check that the bench runs; no figure below means "
                    + "anything");
        }
        report.line("- ND4J: " + describeBackend() + "; load average at the start: " + MachineInfo.load());
        double ceilingOne = GemmCeiling.measure(1);
        double ceilingAll = GemmCeiling.measure(cores);
        // the higher of the two: under load the every-core product can come out slower than the one-core one
        double ceiling = Math.max(ceilingOne, ceilingAll);
        report.format("- single-precision matrix product (1024³, ND4J → oneDNN): %.0f GFLOP/s on 1 "
                + "core, %.0f GFLOP/s on %d cores (load %s); the percentages below are of the higher (the issue's "
                + "reference for two cores: 52–66 GFLOP/s)%n", ceilingOne, ceilingAll, cores, MachineInfo.load());
        repetitions.forEach((model, timed) -> {
            if (timed.totalSteps() > Repetitions.DENORMAL_FREE_STEPS) {
                report.line("- warning: " + model.id() + " trains " + timed.totalSteps() + " steps a measurement, more"
                        + " than " + Repetitions.DENORMAL_FREE_STEPS + ": on random data Adam's state then decays into "
                        + "denormal floats and every step slows several times (docs/performance.md)");
            }
        });
        report.line("- PyTorch: " + pyTorch.unavailable().map(why -> "no figures: " + why)
                .orElse("bench/pytorch/*.py with " + PyTorchReference.PYTHON + ", best of its default environment and"
                        + " OMP_NUM_THREADS=1 on " + cores + " threads; every run with glibc's allocator keeping freed"
                        + " memory (" + PyTorchReference.keptMemorySettings() + "), as PyTorch's recommended allocators"
                        + " do"));

        if (sections.contains("training")) {
            training(models, repetitions, warmUp, rounds, cores, ceiling, pyTorch);
        }
        if (sections.contains("inference")) {
            inference(cores, smoke ? SMOKE_INFERENCE : INFERENCE, pyTorch);
        }
        if (sections.contains("gan")) {
            gan(rounds, smoke ? SMOKE_GAN_STEPS : 20, cores, pyTorch);
        }
        if (sections.contains("analysis")) {
            report.blank();
            report.line("## Validate + infer latency (the analysis behind every edit; load " + MachineInfo.load()
                    + ")");
            report.blank();
            report.line("| nodes | median | p90 | analyses |\n|---|---|---|---|");
            for (int nodes : new int[] {10, 200, 1000}) {
                AnalysisLatency.Row row = AnalysisLatency.measure(nodes);
                report.format("| %d | %.3f ms | %.3f ms | %d |%n", row.nodes(), row.medianMillis(),
                        row.p90Millis(), row.analyses());
            }
        }
        report.blank();
        report.format("The bench took %.1f minutes; load average at the end: %s.%n",
                (System.nanoTime() - started) / 60e9, MachineInfo.load());
    }

    private static void training(List<BenchModel> models, Map<BenchModel, Repetitions> repetitions,
                                 Repetitions warmUp, int rounds, int cores, double ceiling, PyTorchReference pyTorch)
            throws Exception {
        List<ThroughputRow> rows = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        try (BenchContext bench = BenchContext.start("deepcanvas-perf")) {
            DeepCanvasThroughput deepCanvas = new DeepCanvasThroughput(bench.bean(RunLauncher.class),
                    bench.bean(RunQueries.class), bench.bean(TrainingSteps.class));
            // A fresh JVM spends its first seconds JIT-compiling Spring and DL4J on every core: one untimed round
            // comes first.
            progress("warming up …");
            HandWrittenThroughput.measure(BenchModel.MLP, warmUp);
            deepCanvas.measure(BenchModel.MLP, warmUp);
            DirectThroughput.measure(BenchModel.MLP, warmUp, 1);
            for (BenchModel model : models) {
                Repetitions reps = repetitions.get(model);
                progress("timing " + model.id() + " (" + reps.iterations() + " minibatches × " + reps.reps()
                        + "): DeepCanvas on every core and on one, DL4J by hand, " + rounds + " rotating rounds …");
                double[] oneCore = new double[rounds];
                int[] round = {0};
                List<String> ways = new ArrayList<>();
                PairedRounds paired = PairedRounds.run(rounds, () -> {
                    double rate = deepCanvas.measure(model, reps);
                    ways.add(deepCanvas.lastWays());
                    return rate;
                }, () -> {
                    // the one-core figure is taken between the pair, in every round
                    oneCore[round[0]++] = DirectThroughput.measure(model, reps, 1);
                    return HandWrittenThroughput.measure(model, reps);
                });
                ThroughputRow row = ThroughputRow.of(model, how(ways), paired, median(oneCore));
                if (pyTorch.unavailable().isEmpty()) {
                    // right after the model's own rounds: the machine's speed drifts over the bench's quarter of an
                    // hour (one run measured PyTorch's LeNet at 4,771/s, the next, timed after every model, at
                    // 2,576/s), and a/c must not carry that drift
                    progress("timing " + model.id() + " in PyTorch on " + cores + " threads and on 1 …");
                    List<BenchModel> only = List.of(model);
                    row = row.withPyTorch(pyTorch.training(only, cores, repetitions).getOrDefault(model.id(),
                            Double.NaN), pyTorch.training(only, 1, repetitions).getOrDefault(model.id(), Double.NaN));
                }
                rows.add(row);
                loads.add(model.id() + " " + MachineInfo.load());
            }
        }
        report.blank();
        report.line("## Training throughput, samples per second");
        report.blank();
        report.line("Median of the repetitions after 3 warm-up steps (for (a), after the run had settled how it uses the "
                + "cores: its first steps time one thread against every core); a, b and the one-core figure: median of "
                + rounds + " rotating rounds; GFLOP/s = samples/s × 6 × the model's multiply-adds, in percent of the "
                + "matrix-product ceiling above. PyTorch (" + pyTorch.unavailable().orElse(pyTorch.version())
                + "): timed right after each model's rounds.");
        report.blank();
        report.line(ThroughputRow.header(cores));
        rows.forEach(row -> report.line(row.render(ceiling)));
        report.blank();
        report.line("Load average after each model: " + String.join(", ", loads) + ".");
    }

    /**
     * How DeepCanvas's training job spread this model's steps over the cores, as each round's run reported it once
     * settled: the way each chose, and in how many rounds (a run times one thread against every core on its first
     * steps; the figures it chose by are in the server's log).
     */
    static String how(List<String> ways) {
        if (ways.isEmpty()) {
            return "not reported";
        }
        Map<String, Integer> chosen = new java.util.LinkedHashMap<>();
        for (String way : ways) {
            chosen.merge(way, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        chosen.forEach((way, rounds) -> parts.add(way + (ways.size() > 1 ? " (" + rounds + " of " + ways.size()
                + " rounds)" : "")));
        return String.join("; ", parts);
    }

    private static void inference(int cores, Repetitions batches, PyTorchReference pyTorch) throws Exception {
        report.blank();
        report.line("## One input, every template: the playground (outputs) and the Inside view (every layer's "
                + "activations), 1 native thread (bar: p90 under 20 ms; load " + MachineInfo.load() + ")");
        report.blank();
        report.line("| template | network | outputs p50 | outputs p90 | all activations p50 | all activations p90"
                + " |\n|---|---|---|---|---|---|");
        for (Template template : TemplateCatalog.load().all()) {
            try {
                InferenceLatency.Row row = InferenceLatency.measure(template);
                report.format("| %s | %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n",
                        row.template(), row.network(), row.outputP50(), row.outputP90(), row.insideP50(),
                        row.insideP90());
            } catch (Exception | LinkageError e) {
                report.line("| " + template.id() + " | could not be timed: " + e.getMessage() + " | | | | |");
            }
        }

        report.blank();
        report.line("## LeNet batch inference, batch " + INFERENCE_BATCH + ", samples per second (load "
                + MachineInfo.load() + ")");
        report.blank();
        Map<Integer, Double> deepCanvas = new HashMap<>();
        Map<Integer, Double> torch = new HashMap<>();
        for (int threads : new int[] {cores, 1}) {
            deepCanvas.put(threads, BatchInference.measure(BenchModel.LENET, INFERENCE_BATCH, threads,
                    batches.iterations(), batches.reps()));
            if (pyTorch.unavailable().isEmpty()) {
                torch.put(threads, pyTorch.inference(BenchModel.LENET, INFERENCE_BATCH, threads,
                        batches.iterations(), batches.reps())
                        .getOrDefault(BenchModel.LENET.id(), Double.NaN));
            }
        }
        report.line("| threads | DeepCanvas | PyTorch, torch.no_grad() | DeepCanvas ÷ PyTorch | GFLOP/s "
                + "(DeepCanvas) |\n|---|---|---|---|---|");
        for (int threads : new int[] {cores, 1}) {
            double d = deepCanvas.get(threads);
            double t = torch.getOrDefault(threads, Double.NaN);
            report.format("| %d | %s | %s | %s | %.1f |%n", threads, ThroughputRow.rate(d),
                    ThroughputRow.rate(t), ThroughputRow.ratio(d, t),
                    d * ModelFlops.perInferenceSample(BenchModel.LENET) / 1e9);
        }
        double bestDeepCanvas = ThroughputRow.best(deepCanvas.get(cores), deepCanvas.get(1));
        double bestTorch = ThroughputRow.best(torch.getOrDefault(cores, Double.NaN), torch.getOrDefault(1, Double.NaN));
        report.format("| the faster of the two | %s | %s | %s | %.1f |%n", ThroughputRow.rate(bestDeepCanvas),
                ThroughputRow.rate(bestTorch), ThroughputRow.ratio(bestDeepCanvas, bestTorch),
                bestDeepCanvas * ModelFlops.perInferenceSample(BenchModel.LENET) / 1e9);
    }

    private static void gan(int rounds, int steps, int cores, PyTorchReference pyTorch) throws Exception {
        progress("timing the GAN steps …");
        List<GanStepBench.Row> rows = GanStepBench.measure(rounds, steps);
        Map<String, Double> torch = Map.of();
        Map<String, Double> torchOne = Map.of();
        if (pyTorch.unavailable().isEmpty()) {
            torch = pyTorch.ganSteps(cores, steps, rounds);
            torchOne = pyTorch.ganSteps(1, steps, rounds);
        }
        report.blank();
        report.line("## One GAN training step, milliseconds (median of " + rounds + " rounds of " + steps
                + " steps; load " + MachineInfo.load() + ")");
        report.blank();
        report.line("| template | batch | DL4J as compiled | DeepCanvas | how | DeepCanvas, 1 core | PyTorch "
                + "| PyTorch, 1 thread | PyTorch (the faster) ÷ DeepCanvas | per core |\n"
                + "|---|---|---|---|---|---|---|---|---|---|");
        for (GanStepBench.Row row : rows) {
            double t = torch.getOrDefault(row.template(), Double.NaN);
            double t1 = torchOne.getOrDefault(row.template(), Double.NaN);
            double fastest = ThroughputRow.shortest(t, t1);
            report.format("| %s | %d | %.1f | %.1f | %s | %.1f | %s | %s | %s | %s |%n",
                    row.template(), row.batch(), row.plainMs(), row.deepCanvasMs(), row.how(),
                    row.deepCanvasOneCoreMs(), ms(t), ms(t1), ThroughputRow.ratio(fastest, row.deepCanvasMs()),
                    ThroughputRow.ratio(t1, row.deepCanvasOneCoreMs()));
        }
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "—" : String.format(Locale.ROOT, "%.1f", millis);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String describeBackend() {
        String build = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo();
        return (build.contains("HAVE_ONEDNN") ? "oneDNN build" : "build without oneDNN") + ", "
                + NativeBackend.threads() + " native threads per training run";
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (name.equals(SMOKE)) {
                options.put(SMOKE, "");
                continue;
            }
            if (!OPTIONS.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException((name.isEmpty() || !OPTIONS.contains(name)
                        ? "unknown argument " + args[i] : "--" + name + " needs a value") + "; usage: "
                        + "[--models mlp,lenet,lstm,gru,resnet] [--iters N] [--reps N] [--rounds N] [--sections "
                        + String.join(",", SECTIONS) + "] [--results FILE|none] (default " + DEFAULT_RESULTS + ") [--smoke]");
            }
            options.put(name, args[++i]);
        }
        return options;
    }

    private static void progress(String text) {
        System.out.println(text);
    }
}

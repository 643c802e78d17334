package dev.deepcanvas.bench.inside;

import dev.deepcanvas.backend.inside.InsideService;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.bench.BenchContext;
import dev.deepcanvas.bench.inference.InferenceLatency;
import dev.deepcanvas.bench.throughput.MachineInfo;
import dev.deepcanvas.bench.throughput.ResultsFile;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The server half of the Inside view's speed bar (issue 19: the whole Inside view of LeNet for one input computes in
 * under 200 ms on the server): LeNet from the gallery, trained briefly through the product's own run queue, then
 * every part of what choosing a held-out digit makes the server do ({@link InsideViewTiming}) timed over many
 * digits after a warm-up, reported as p50, p90 and max against the bar. The training is short on purpose: the time
 * of a forward pass, a gradient and the pictures does not depend on how well the weights are trained.
 *
 * <p>The browser half (choosing a digit until the last picture is drawn) is {@code InsideDrawBenchmark} in e2e-tests;
 * {@code bench/inside.sh} runs both and appends the browser's table to the file this writes.
 *
 * <pre>
 *   --inputs N      digits timed (default 200)          --warm-up N   digits before timing (default 20)
 *   --epochs N      LeNet's training epochs (default 1) --results FILE | none   (default docs/inside-results.md)
 *   --command TEXT  the command line to record (bench/inside.sh passes its own)
 * </pre>
 */
public final class InsideBench {

    /** Issue 19's bar for the server, in milliseconds. */
    static final double BAR_MS = 200;
    private static final String TEMPLATE = "lenet-mnist";

    private InsideBench() {
    }

    public static void main(String[] args) throws Exception {
        int inputs = 200;
        int warmUp = 20;
        int epochs = 1;
        String results = "docs/inside-results.md";
        String command = "java " + InsideBench.class.getName() + " " + String.join(" ", args);
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--inputs" -> inputs = positive(args[i], value);
                    case "--warm-up" -> warmUp = positive(args[i], value);
                    case "--epochs" -> epochs = positive(args[i], value);
                    case "--results" -> results = required(args[i], value);
                    case "--command" -> command = required(args[i], value);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]
                            + " (known: --inputs, --warm-up, --epochs, --results, --command)");
                }
                i++;
            }
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.exit(2);
        }
        Template lenet = TemplateCatalog.load().find(TEMPLATE).orElseThrow(() -> new IllegalStateException(
                "the gallery has no template " + TEMPLATE));
        try (ResultsFile report = ResultsFile.open(results.equals("none") ? null : Path.of(results));
             BenchContext bench = BenchContext.start("deepcanvas-inside-bench")) {
            report.line("# Inside view speed (issue 19)");
            report.blank();
            report.line("- machine: " + MachineInfo.machine());
            report.line("- date: " + MachineInfo.date() + "; commit: " + MachineInfo.commit());
            report.line("- command: " + command);
            report.blank();
            long runId = train(bench, lenet, epochs);
            report.line("## Server: one held-out digit through the whole view (bar: under "
                    + (int) BAR_MS + " ms)");
            report.blank();
            report.line("LeNet from the gallery (`" + TEMPLATE + "`, its own sizes), trained " + epochs + " epoch"
                    + (epochs == 1 ? "" : "s") + " on MNIST only so that there is a trained run to look into: the "
                    + "figure is compute time, which does not depend on how well it learned. Each digit: every "
                    + "layer's activations (InsideService.look), the predicted class's saliency, and the PNG of "
                    + "every feature map and of the saliency, as the page gets them; " + warmUp + " digits of "
                    + "warm-up, then " + inputs + " held-out digits timed one after another on one request thread "
                    + "(load at the start " + MachineInfo.load() + ").");
            report.blank();
            InsideViewTiming timing = new InsideViewTiming(bench.bean(InsideService.class), runId);
            int count = bench.bean(InsideService.class).exampleCount(runId);
            for (int i = 0; i < warmUp; i++) {
                timing.time(i % count);
            }
            List<InsideViewTiming.Parts> timed = new ArrayList<>();
            for (int i = 0; i < inputs; i++) {
                timed.add(timing.time((warmUp + i) % count));
            }
            report.line("| part | p50 ms | p90 ms | max ms |");
            report.line("|---|---|---|---|");
            row(report, "layers (look)", timed, InsideViewTiming.Parts::look);
            row(report, "saliency", timed, InsideViewTiming.Parts::saliency);
            row(report, "pictures (PNG)", timed, InsideViewTiming.Parts::pictures);
            row(report, "**whole view**", timed, InsideViewTiming.Parts::total);
            report.blank();
            double p90 = InferenceLatency.percentile(timed.stream().map(InsideViewTiming.Parts::total).toList(), 90);
            report.format("Whole view p90 %.1f ms against the %d ms bar: %s (load at the end %s).", p90, (int) BAR_MS,
                    p90 < BAR_MS ? "met" : "NOT met", MachineInfo.load());
            report.blank();
            report.complete();
        }
        System.out.flush();
        // ND4J's and Spring's non-daemon threads would keep the JVM alive
        System.exit(0);
    }

    private static long train(BenchContext bench, Template lenet, int epochs) throws InterruptedException {
        RunLauncher launcher = bench.bean(RunLauncher.class);
        RunQueries runs = bench.bean(RunQueries.class);
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, lenet.document(),
                lenet.datasetId(), RunOptions.none().withEpochs(epochs)));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (true) {
            RunSummary now = runs.find(run.id()).orElseThrow();
            if (now.status().isTerminal() && !runs.isActive(run.id())) {
                if (now.status() != RunState.SUCCEEDED) {
                    throw new IllegalStateException("LeNet's training ended " + now.status() + ": " + now.message());
                }
                return run.id();
            }
            if (Instant.now().isAfter(deadline)) {
                launcher.cancel(run.id());
                throw new IllegalStateException("LeNet's training took over 30 minutes; cancelled");
            }
            Thread.sleep(200);
        }
    }

    private static void row(ResultsFile report, String name, List<InsideViewTiming.Parts> timed,
                            ToDoubleFunction<InsideViewTiming.Parts> part) {
        List<Double> values = timed.stream().map(part::applyAsDouble).toList();
        report.format("| %s | %.1f | %.1f | %.1f |", name, InferenceLatency.percentile(values, 50),
                InferenceLatency.percentile(values, 90), values.stream().mapToDouble(Double::doubleValue).max()
                        .orElse(0));
    }

    private static int positive(String option, String value) {
        try {
            int parsed = Integer.parseInt(required(option, value));
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(option + " needs a whole number above 0, got " + value);
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}

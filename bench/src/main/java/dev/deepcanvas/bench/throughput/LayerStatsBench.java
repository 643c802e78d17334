package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.TrainingSteps;
import dev.deepcanvas.backend.training.run.LayerStatisticsSetting;
import dev.deepcanvas.bench.BenchContext;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What recording layer statistics costs a training run ({@code bench/layer-stats.sh}, docs/performance.md, "Layer
 * statistics"). Trains the same template runs through the run service with statistics on and off, alternating which
 * goes first in each round so that drift in the machine's speed falls on both, and times each run from the end of its
 * first step to the end of its last ({@link StepTimes}): every epoch's end but the last lies inside that window, and
 * with it everything statistics add (the measured step's copies and norms, the epoch's extra rows).
 *
 * <p>Arguments: {@code rounds template:epochs:batch …} (defaults below). Writes the table to the results file named
 * by the system property {@code layerstats.results} as well as printing it.
 */
public final class LayerStatsBench {

    /**
     * Iris is the worst case (15 steps an epoch, so every fifteenth step is measured); LeNet, the LSTM and the GAN
     * (both of its networks measured) are ordinary ones.
     */
    private static final List<String> DEFAULT_RUNS = List.of("iris-mlp:60:8", "lenet-mnist:2:64",
            "sentiment-lstm:2:32", "digit-gan:1:128");

    private LayerStatsBench() {
    }

    private record Plan(String template, int epochs, int batch) {
        static Plan parse(String text) {
            String[] parts = text.split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("Expected template:epochs:batch, got " + text);
            }
            return new Plan(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Plan> plans = (args.length > 1 ? List.of(args).subList(1, args.length) : DEFAULT_RUNS).stream()
                .map(Plan::parse).toList();
        String target = System.getProperty("layerstats.results");
        try (BenchContext context = BenchContext.start("deepcanvas-layer-stats-bench");
             ResultsFile out = ResultsFile.open(target == null ? null : Path.of(target))) {
            RunLauncher launcher = context.bean(RunLauncher.class);
            RunQueries queries = context.bean(RunQueries.class);
            TrainingSteps steps = context.bean(TrainingSteps.class);
            TemplateCatalog catalog = context.bean(TemplateCatalog.class);
            out.line("# Layer statistics: overhead");
            out.blank();
            out.line("Written by `bench/layer-stats.sh " + String.join(" ", args) + "` on " + MachineInfo.date()
                    + ", commit " + MachineInfo.commit() + ": " + MachineInfo.machine() + ", load "
                    + MachineInfo.load() + " at the start. Each run is timed from the end of its first step to the "
                    + "end of its last (every epoch's end but the last inside); medians over " + rounds
                    + " rounds, statistics on and off alternating which goes first. The overhead must stay at or "
                    + "under 3%.");
            out.blank();
            out.line("| template | epochs × steps | batch | without statistics | with statistics | overhead |");
            out.line("|---|---|---|---|---|---|");
            for (Plan plan : plans) {
                Template template = catalog.find(plan.template()).orElseThrow(() ->
                        new IllegalArgumentException("No template " + plan.template()));
                List<Double> with = new ArrayList<>();
                List<Double> without = new ArrayList<>();
                long stepsPerRun = 0;
                // one run of each first, untimed: class loading and the dataset's first preparation
                time(launcher, queries, steps, template, plan, true);
                time(launcher, queries, steps, template, plan, false);
                for (int round = 0; round < rounds; round++) {
                    boolean statisticsFirst = round % 2 == 0;
                    for (boolean statistics : new boolean[] {statisticsFirst, !statisticsFirst}) {
                        Timed timed = time(launcher, queries, steps, template, plan, statistics);
                        (statistics ? with : without).add(timed.seconds());
                        stepsPerRun = timed.steps();
                    }
                }
                double on = Repetitions.median(with);
                double off = Repetitions.median(without);
                out.line(String.format(Locale.ROOT, "| %s | %d × %d | %d | %.2f s | %.2f s | %+.1f%% |",
                        plan.template(), plan.epochs(), stepsPerRun / plan.epochs(), plan.batch(), off, on,
                        (on / off - 1) * 100));
            }
            out.complete();
        } finally {
            System.clearProperty(LayerStatisticsSetting.PROPERTY);
        }
        System.exit(0);
    }

    private record Timed(double seconds, long steps) {
    }

    private static Timed time(RunLauncher launcher, RunQueries queries, TrainingSteps steps, Template template,
                              Plan plan, boolean statistics) throws InterruptedException {
        System.setProperty(LayerStatisticsSetting.PROPERTY, String.valueOf(statistics));
        try (StepTimes times = new StepTimes(steps)) {
            RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, template.document(),
                    template.datasetId(), RunOptions.none().withEpochs(plan.epochs()).withBatchSize(plan.batch())));
            RunSummary done = await(queries, run.id());
            if (done.status() != RunState.SUCCEEDED) {
                throw new IllegalStateException("The " + plan.template() + " bench run ended " + done.status() + ": "
                        + done.message());
            }
            long[] ends = times.endsOf(run.id());
            return new Timed((ends[ends.length - 1] - ends[0]) / 1e9, ends.length);
        }
    }

    private static RunSummary await(RunQueries queries, long runId) throws InterruptedException {
        while (true) {
            RunSummary run = queries.find(runId).orElseThrow();
            if (run.status().isTerminal() && !queries.isActive(runId)) {
                return run;
            }
            Thread.sleep(20);
        }
    }
}

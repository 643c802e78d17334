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
 * <p>A whole run's time on this shared 2-core VM moves by several percent from one run to the next, more than the 3%
 * bar, so the table also takes the cost apart from the runs' step times, where medians of many steps are steady:
 * an ordinary step with and without statistics (should not differ: the probe is off the network then), and the
 * measured step plus the epoch's end (the only places statistics add work), whose extra time per epoch, times the
 * epochs, over the run's time is the overhead those figures imply. The whole-run overhead is the median of each
 * round's pair, with the rounds' range beside it to show the noise.
 *
 * <p>Arguments: {@code rounds template:epochs:batch …} (defaults below). Writes the table to the results file named
 * by the system property {@code layerstats.results} as well as printing it.
 */
public final class LayerStatsBench {

    /**
     * Iris is the worst case (15 steps an epoch, so every fifteenth step is measured); LeNet, the LSTM and the GAN
     * (both of its networks measured) are ordinary ones.
     */
    private static final List<String> DEFAULT_RUNS = List.of("iris-mlp:60:8", "lenet-mnist:4:64",
            "sentiment-lstm:2:32", "digit-gan:1:128");

    /** How many ordinary steps before a measured one it is compared with. */
    private static final int NEIGHBOURS = 5;

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
                    + "end of its last (every epoch's end but the last inside); " + rounds
                    + " rounds, statistics on and off alternating which goes first. The overhead must stay at or "
                    + "under 3%. *Whole run*: medians of the runs, and the median of each round's own overhead with "
                    + "the rounds' range (the machine's noise). *From the steps*: the median ordinary step without "
                    + "and with statistics; the measured step's extra (its time over the median of the "
                    + NEIGHBOURS + " ordinary steps before it in the same run, with statistics minus without); the "
                    + "epoch's end (from an epoch's last step to the next one's first, medians); their sum per "
                    + "epoch and, times the epochs, as a share of the run.");
            out.blank();
            out.line("| template | epochs × steps | batch | whole run without | with | overhead (rounds' range) "
                    + "| ordinary step without / with | measured step's extra | epoch's end without / with "
                    + "| extra per epoch | overhead from the steps |");
            out.line("|---|---|---|---|---|---|---|---|---|---|---|");
            for (Plan plan : plans) {
                Template template = catalog.find(plan.template()).orElseThrow(() ->
                        new IllegalArgumentException("No template " + plan.template()));
                List<Timed> with = new ArrayList<>();
                List<Timed> without = new ArrayList<>();
                List<Double> pairs = new ArrayList<>();
                // one run of each first, untimed: class loading and the dataset's first preparation
                time(launcher, queries, steps, template, plan, true);
                time(launcher, queries, steps, template, plan, false);
                for (int round = 0; round < rounds; round++) {
                    boolean statisticsFirst = round % 2 == 0;
                    Timed on = null;
                    Timed off = null;
                    for (boolean statistics : new boolean[] {statisticsFirst, !statisticsFirst}) {
                        Timed timed = time(launcher, queries, steps, template, plan, statistics);
                        if (statistics) {
                            on = timed;
                        } else {
                            off = timed;
                        }
                    }
                    with.add(on);
                    without.add(off);
                    pairs.add(on.seconds() / off.seconds() - 1);
                }
                int perEpoch = (int) (with.get(0).steps() / plan.epochs());
                double on = Repetitions.median(with.stream().map(Timed::seconds).toList());
                double off = Repetitions.median(without.stream().map(Timed::seconds).toList());
                double ordinaryOff = medianOf(without, t -> t.ordinary(perEpoch));
                double ordinaryOn = medianOf(with, t -> t.ordinary(perEpoch));
                // the measured step against the ordinary steps just before it in the same run (drift cancels),
                // with statistics minus without (what an epoch's last step costs anyway cancels too)
                double armedExtra = medianOf(with, t -> t.armedOverNeighbours(perEpoch))
                        - medianOf(without, t -> t.armedOverNeighbours(perEpoch));
                double endOff = plan.epochs() > 1 ? medianOf(without, t -> t.epochEnd(perEpoch)) : 0;
                double endOn = plan.epochs() > 1 ? medianOf(with, t -> t.epochEnd(perEpoch)) : 0;
                double extra = armedExtra + endOn - endOff;
                out.line(String.format(Locale.ROOT,
                        "| %s | %d × %d | %d | %.2f s | %.2f s | %+.1f%% (%+.1f%% to %+.1f%%) | %.2f / %.2f ms "
                                + "| %+.2f ms | %s | %+.2f ms | %+.2f%% |",
                        plan.template(), plan.epochs(), perEpoch, plan.batch(), off, on,
                        Repetitions.median(pairs) * 100, java.util.Collections.min(pairs) * 100,
                        java.util.Collections.max(pairs) * 100, ordinaryOff * 1e3, ordinaryOn * 1e3,
                        armedExtra * 1e3, plan.epochs() > 1 ? String.format(Locale.ROOT, "%.1f / %.1f ms",
                                endOff * 1e3, endOn * 1e3) : "none inside the run", extra * 1e3,
                        extra * plan.epochs() / off * 100));
            }
            out.complete();
        } finally {
            System.clearProperty(LayerStatisticsSetting.PROPERTY);
        }
        System.exit(0);
    }

    private static double medianOf(List<Timed> runs, java.util.function.Function<Timed, List<Double>> part) {
        return Repetitions.median(runs.stream().flatMap(t -> part.apply(t).stream()).toList());
    }

    /** A run's step end times (nanoseconds): {@code ends[i]} is the end of step {@code i}, counted from 0. */
    private record Timed(long[] ends) {

        double seconds() {
            return (ends[ends.length - 1] - ends[0]) / 1e9;
        }

        long steps() {
            return ends.length;
        }

        /** Seconds of every step that is neither an epoch's measured last step nor its next epoch's first. */
        List<Double> ordinary(int perEpoch) {
            return steps(perEpoch, i -> i % perEpoch != perEpoch - 1 && i % perEpoch != 0);
        }

        /**
         * Seconds by which every epoch's last step (the measured one) exceeds the median of the ordinary steps just
         * before it.
         */
        List<Double> armedOverNeighbours(int perEpoch) {
            List<Double> extra = new ArrayList<>();
            for (int i = 1; i < ends.length; i++) {
                if (i % perEpoch != perEpoch - 1) {
                    continue;
                }
                List<Double> before = new ArrayList<>();
                for (int j = i - 1; j >= 1 && before.size() < NEIGHBOURS; j--) {
                    if (j % perEpoch != 0) {
                        before.add((ends[j] - ends[j - 1]) / 1e9);
                    }
                }
                if (!before.isEmpty()) {
                    extra.add((ends[i] - ends[i - 1]) / 1e9 - Repetitions.median(before));
                }
            }
            return extra;
        }

        /** Seconds from an epoch's last step to the next one's first: the epoch's end and one step. */
        List<Double> epochEnd(int perEpoch) {
            return steps(perEpoch, i -> i % perEpoch == 0);
        }

        private List<Double> steps(int perEpoch, java.util.function.IntPredicate kept) {
            List<Double> seconds = new ArrayList<>();
            for (int i = 1; i < ends.length; i++) {
                if (kept.test(i)) {
                    seconds.add((ends[i] - ends[i - 1]) / 1e9);
                }
            }
            return seconds;
        }
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
            return new Timed(times.endsOf(run.id()));
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

package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.TrainingSteps;

import java.util.ArrayList;
import java.util.List;

/**
 * Times training through DeepCanvas exactly as the Train button does it: the graph document goes through the
 * compiler and the run launcher to a training job, whose loop gathers minibatches, spreads each step over the cores,
 * watches for divergence, pushes progress, and writes metrics to H2. The stopwatch is the job's own report of each
 * step's end ({@link TrainingSteps}, read through {@link StepTimes}): a repetition's window runs from the end of the
 * step before it to the end of its last step, so it holds every step's whole loop, exactly its number of steps. The
 * epoch-end work (held-out scoring, checkpoint) comes after the last timed window, as it does once per epoch for a
 * user.
 */
final class DeepCanvasThroughput {

    private final RunLauncher launcher;
    private final RunQueries queries;
    private final TrainingSteps steps;
    private String lastWays = "not reported";

    DeepCanvasThroughput(RunLauncher launcher, RunQueries queries, TrainingSteps steps) {
        this.launcher = launcher;
        this.queries = queries;
        this.steps = steps;
    }


    /**
     * Median samples per second over the repetitions (windows of the one-epoch run). The warm-up lasts at least
     * until the run has settled how it uses the cores (its first steps time one thread against every core), so that
     * only the chosen way is timed.
     */
    double measure(BenchModel model, Repetitions reps) throws InterruptedException {
        try (StepTimes times = new StepTimes(steps)) {
            RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, model.document(),
                    model.datasetId()));
            RunSummary done = await(run.id());
            if (done.status() != RunState.SUCCEEDED) {
                throw new IllegalStateException("The " + model.id() + " bench run ended " + done.status() + ": "
                        + done.message());
            }
            lastWays = times.ways(run.id());
            int warmUp = (int) Math.max(reps.warmUp(), times.settledAfter(run.id()) + 1);
            return Repetitions.median(windowRates(times.endsOf(run.id()), model.batch(),
                    new Repetitions(warmUp, reps.iterations(), reps.reps())));
        }
    }

    /** How the last measured run used the cores, as its job reported it once settled. */
    String lastWays() {
        return lastWays;
    }

    /**
     * One rate per repetition. {@code ends[k - 1]} is when step {@code k} ended; repetition {@code r} is the steps
     * after {@code warmUp + r × iterations}, timed from the end of the step before its first to the end of its last.
     */
    static List<Double> windowRates(long[] ends, int batch, Repetitions reps) {
        if (reps.warmUp() < 1) {
            throw new IllegalArgumentException("The first window needs the end of a step before it: at least one "
                    + "warm-up step");
        }
        if (ends.length < reps.totalSteps()) {
            throw new IllegalStateException("The run trained " + ends.length + " steps, the repetitions need "
                    + reps.totalSteps() + ": the bench dataset is too small for them");
        }
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < reps.reps(); r++) {
            int before = reps.warmUp() + r * reps.iterations();
            long nanos = ends[before + reps.iterations() - 1] - ends[before - 1];
            rates.add(reps.iterations() * (double) batch / (nanos / 1e9));
        }
        return rates;
    }

    private RunSummary await(long runId) throws InterruptedException {
        while (true) {
            RunSummary run = queries.find(runId).orElseThrow();
            if (run.status().isTerminal() && !queries.isActive(runId)) {
                return run;
            }
            Thread.sleep(50);
        }
    }
}

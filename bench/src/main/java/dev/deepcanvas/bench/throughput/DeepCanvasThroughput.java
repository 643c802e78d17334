package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.RunUpdate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Times training through DeepCanvas exactly as the Train button does it: the graph document goes through the
 * compiler and the run launcher to a training job, whose loop gathers minibatches, watches for divergence, pushes
 * progress, and writes metrics to H2. The job's own progress updates are the stopwatch: each says how many minibatches
 * are done, and the time between two of them over the iterations between them is an exact rate, whichever
 * iterations they happen to fall on. The epoch-end work (held-out scoring, checkpoint) comes after the last
 * timed window, as it does once per epoch for a user.
 */
final class DeepCanvasThroughput {

    private final RunLauncher launcher;
    private final RunQueries queries;
    private final RunEvents events;

    DeepCanvasThroughput(RunLauncher launcher, RunQueries queries, RunEvents events) {
        this.launcher = launcher;
        this.queries = queries;
        this.events = events;
    }

    /** Median samples per second over the repetitions (windows of the one-epoch run). */
    double measure(BenchModel model, Repetitions reps) throws InterruptedException {
        List<Point> points = new CopyOnWriteArrayList<>();
        List<RunUpdate> updates = new CopyOnWriteArrayList<>();
        try (RunEvents.Subscription ignored = events.subscribe(update -> {
            updates.add(update);
            if (update.status() == RunState.RUNNING && update.iteration() > 0 && update.iterationLoss() != null) {
                points.add(new Point(update.runId(), update.iteration(), System.nanoTime()));
            }
        })) {
            RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, model.document(),
                    model.datasetId()));
            RunSummary done = await(run.id());
            if (done.status() != RunState.SUCCEEDED) {
                throw new IllegalStateException("The " + model.id() + " bench run ended " + done.status() + ": "
                        + done.message());
            }
            List<Point> own = points.stream().filter(p -> p.runId() == run.id()).toList();
            return Repetitions.median(windowRates(own, model.batch(), reps));
        }
    }

    /** One rate per repetition: from the first update at or past each window's start to the next window's. */
    static List<Double> windowRates(List<Point> points, int batch, Repetitions reps) {
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < reps.reps(); r++) {
            long from = reps.warmUp() + (long) r * reps.iterations();
            Point start = firstAtOrAfter(points, from);
            Point end = firstAtOrAfter(points, from + reps.iterations());
            if (end == null && r == reps.reps() - 1 && !points.isEmpty()) {
                end = points.get(points.size() - 1);
            }
            if (start == null || end == null || end.iteration() - start.iteration() < reps.iterations() / 2) {
                throw new IllegalStateException("Too few progress updates to time repetition " + (r + 1)
                        + ": make the repetitions longer (more iterations)");
            }
            rates.add((end.iteration() - start.iteration()) * (double) batch
                    / ((end.nanos() - start.nanos()) / 1e9));
        }
        return rates;
    }

    private static Point firstAtOrAfter(List<Point> points, long iteration) {
        return points.stream().filter(p -> p.iteration() >= iteration).findFirst().orElse(null);
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

    /** A progress update: minibatches done in the run, and when the bench heard of it. */
    record Point(long runId, long iteration, long nanos) {
    }
}

package dev.deepcanvas.bench.cluster;

import dev.deepcanvas.backend.dataset.builtin.IrisDataset;
import dev.deepcanvas.backend.dataset.builtin.MnistDataset;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.graph.document.GraphDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Measures a cluster on this machine (bench/cluster-throughput.sh runs it against a PostgreSQL it starts):
 * <ol>
 *   <li>throughput: the same queue of equal runs trained by one worker process, then by two (each one run at a time
 *   on one native thread), in runs per hour from the first start to the last end, and the ratio; each time twice:
 *   by freshly started workers, then, once that queue is done, by the same workers again, warmed up (the JIT
 *   compiler's work on the training code, tens of seconds of a core per fresh worker, is behind them, as it is for
 *   the long-lived workers of a service);</li>
 *   <li>database load: what one training run at default metric settings puts on PostgreSQL, in statements, rows and
 *   transactions per second (pg_stat_statements, pg_stat_database), beside what an idle worker costs.</li>
 * </ol>
 * Arguments: the packaged jar, then optionally the number of runs in the queue (8), their epochs (200) and batch size
 * (4). Prints Markdown tables.
 */
public final class ClusterBench {

    private ClusterBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ClusterBench <deepcanvas.jar> [runs=8] [epochs=200] [batch=4]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        Path scratch = Files.createTempDirectory("deepcanvas-cluster-bench");
        String loadBefore = LoadAverage.now();

        List<Throughput> rounds = new ArrayList<>();
        for (int workers = 1; workers <= 2; workers++) {
            rounds.addAll(throughput(jar, scratch, workers, runs, epochs, batch));
        }
        // the database load takes a few minutes more; comparing worker settings needs only the throughput
        boolean throughputOnly = "1".equals(System.getenv("DEEPCANVAS_BENCH_THROUGHPUT_ONLY"));
        List<Load> loads = new ArrayList<>();
        if (!throughputOnly) {
            loads.add(load(jar, scratch, "iris-mlp", IrisDataset.ID, RunOptions.none()));
            loads.add(load(jar, scratch, "lenet-mnist", MnistDataset.ID, RunOptions.none().withEpochs(2)));
        }

        System.out.println();
        System.out.println("Throughput: a queue of " + runs + " equal runs (Iris MLP, " + epochs + " epochs, batch "
                + batch + "), each worker one run at a time on one native thread; "
                + Runtime.getRuntime().availableProcessors() + " cores; load average " + loadBefore + " before the "
                + "bench, " + LoadAverage.now() + " after it." + (WorkerProcesses.extraOptions().isEmpty() ? ""
                : " Workers' extra JVM options: `" + String.join(" ", WorkerProcesses.extraOptions()) + "`."));
        System.out.println();
        System.out.println("| workers | workers were | runs | first start → last end | runs per hour | mean run "
                + "| ratio |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Throughput round : rounds) {
            // each against one worker in the same state: fresh against fresh, warmed up against warmed up
            Throughput baseline = rounds.stream().filter(r -> r.workers() == 1 && r.warm() == round.warm())
                    .findFirst().orElseThrow();
            System.out.println(round.row(baseline));
        }
        if (throughputOnly) {
            return;
        }
        System.out.println();
        System.out.println("Database load of one run at default metric settings (one worker, PostgreSQL "
                + "pg_stat_statements and pg_stat_database deltas over the run):");
        System.out.println();
        System.out.println("| run | time | epochs/s | statements/s | rows/s (statements) | commits/s | rows written/s "
                + "| rows read/s |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Load load : loads) {
            System.out.println(load.row());
        }
        System.out.println();
        System.out.println("An idle worker (polling for runs, heartbeats) costs " + loads.get(0).idleRow() + ".");
    }

    /** The queue trained by freshly started workers, then the same queue again by the same, now warmed-up, workers. */
    private static List<Throughput> throughput(Path jar, Path scratch, int workers, int runs, int epochs, int batch)
            throws Exception {
        try (BenchDatabase database = BenchDatabase.create("throughput" + workers)) {
            Path shared = Files.createDirectories(scratch.resolve("shared-" + database.name()));
            try (QueueingNode node = QueueingNode.start(database, scratch.resolve("queue-" + database.name()), shared)) {
                GraphDocument iris = node.template("iris-mlp");
                // Queued before the workers start, so every worker finds a full queue from its first look.
                List<Long> fresh = queue(node, iris, runs, epochs, batch, 0);
                try (WorkerProcesses ignored = WorkerProcesses.start(workers, jar, database, shared, scratch)) {
                    Throughput first = Throughput.of(workers, false,
                            node.awaitEnded(fresh, Duration.ofHours(2), Duration.ofMillis(500)));
                    // The idle workers look for runs every half second, so they take the new queue at once.
                    List<Long> again = queue(node, iris, runs, epochs, batch, runs);
                    Throughput warm = Throughput.of(workers, true,
                            node.awaitEnded(again, Duration.ofHours(2), Duration.ofMillis(500)));
                    return List.of(first, warm);
                }
            }
        }
    }

    private static List<Long> queue(QueueingNode node, GraphDocument graph, int runs, int epochs, int batch,
                                    int firstSeed) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ids.add(node.queue(graph, IrisDataset.ID, RunOptions.none().withEpochs(epochs).withBatchSize(batch)
                    .withSeed((long) firstSeed + i)).id());
        }
        return ids;
    }

    private static Load load(Path jar, Path scratch, String template, String datasetId, RunOptions options)
            throws Exception {
        try (BenchDatabase database = BenchDatabase.create("load")) {
            Path shared = Files.createDirectories(scratch.resolve("shared-" + database.name()));
            try (QueueingNode node = QueueingNode.start(database, scratch.resolve("queue-" + database.name()), shared);
                 WorkerProcesses ignored = WorkerProcesses.start(1, jar, database, shared, scratch)) {
                // An idle worker first: what polling and heartbeats cost with nothing to train.
                DatabaseActivity idleStart = DatabaseActivity.of(database);
                Instant idleFrom = Instant.now();
                Thread.sleep(30_000);
                DatabaseActivity idle = DatabaseActivity.of(database).since(idleStart);
                Duration idleTime = Duration.between(idleFrom, Instant.now());

                DatabaseActivity before = DatabaseActivity.of(database);
                RunSummary queued = node.queue(node.template(template), datasetId, options);
                // Looking seldom: the bench's own reads count too (a few statements every 5 s).
                RunSummary done = node.awaitEnded(List.of(queued.id()), Duration.ofHours(1), Duration.ofSeconds(5))
                        .get(0);
                // PostgreSQL flushes a session's counters at most once a second, and an idle session's after 10 s.
                Thread.sleep(11_000);
                DatabaseActivity during = DatabaseActivity.of(database).since(before);
                return new Load(template, done, during, Duration.between(done.startedAt(), done.finishedAt()), idle,
                        idleTime);
            }
        }
    }

    /** One throughput round. */
    record Throughput(int workers, boolean warm, int runs, Duration span, Duration meanRun, int failed) {

        static Throughput of(int workers, boolean warm, List<RunSummary> done) {
            Instant first = done.stream().map(RunSummary::startedAt).min(Comparator.naturalOrder()).orElseThrow();
            Instant last = done.stream().map(RunSummary::finishedAt).max(Comparator.naturalOrder()).orElseThrow();
            long meanMillis = (long) done.stream()
                    .mapToLong(r -> Duration.between(r.startedAt(), r.finishedAt()).toMillis()).average().orElse(0);
            int failed = (int) done.stream().filter(r -> r.status() != RunState.SUCCEEDED).count();
            return new Throughput(workers, warm, done.size(), Duration.between(first, last),
                    Duration.ofMillis(meanMillis), failed);
        }

        double perHour() {
            return runs * 3_600_000.0 / span.toMillis();
        }

        String row(Throughput baseline) {
            return String.format(Locale.ROOT, "| %d | %s | %d%s | %.1f s | %.0f | %.1f s | %.2f× |", workers,
                    warm ? "warmed up (a queue done)" : "just started", runs,
                    failed == 0 ? "" : " (" + failed + " did not succeed)", span.toMillis() / 1000.0, perHour(),
                    meanRun.toMillis() / 1000.0, perHour() / baseline.perHour());
        }
    }

    /** The database load of one run. */
    record Load(String template, RunSummary run, DatabaseActivity activity, Duration time, DatabaseActivity idle,
                Duration idleTime) {

        String row() {
            double seconds = time.toMillis() / 1000.0;
            return String.format(Locale.ROOT, "| %s (%d epochs%s) | %.1f s | %.2f | %.1f | %.1f | %.1f | %.1f | %.1f |",
                    template, run.epochsCompleted(), run.status() == RunState.SUCCEEDED ? "" : ", " + run.status(),
                    seconds, run.epochsCompleted() / seconds, activity.statements() / seconds,
                    activity.statementRows() / seconds, activity.commits() / seconds, activity.written() / seconds,
                    (activity.returned() + activity.fetched()) / seconds);
        }

        String idleRow() {
            double seconds = idleTime.toMillis() / 1000.0;
            return String.format(Locale.ROOT, "%.1f statements/s and %.1f commits/s (measured over %.0f s)",
                    idle.statements() / seconds, idle.commits() / seconds, seconds);
        }
    }
}

package dev.deepcanvas.backend.training.dispatch;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.training.EpochMetric;
import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.backend.training.StoredRuns;
import dev.deepcanvas.backend.training.run.ActiveJobs;
import dev.deepcanvas.backend.training.run.ClaimLostException;
import dev.deepcanvas.backend.training.run.HeldOutScore;
import dev.deepcanvas.backend.training.run.NetworkStatistics;
import dev.deepcanvas.backend.training.run.RunClaim;
import dev.deepcanvas.backend.training.run.RunRecorder;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunIterationMetricEntity;
import dev.deepcanvas.db.run.RunIterationMetricRepository;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.graph.dl4j.layerstats.LayerStatistics;
import dev.deepcanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What happens to a run when its worker dies or loses it, in one process on H2: the job engine's dead-execution
 * recovery brings the run back, the next claim continues from the checkpoint its row names and drops what the dead
 * worker recorded after it, and a worker that lost its claim can no longer write. The same machinery with real
 * processes and PostgreSQL is ClusterEndToEndTest in e2e-tests.
 */
class RunTakeoverTest extends ServiceTest {

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunEvents events;
    @Autowired
    ActiveJobs active;
    @Autowired
    RunClaims claims;
    @Autowired
    RunRecorder recorder;
    @Autowired
    RunRepository runs;
    @Autowired
    RunIterationMetricRepository iterationMetrics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TemplateCatalog templates;
    @Autowired
    Runs helper;
    @Autowired
    StoredRuns stored;

    @Test
    void aRunWhoseWorkerStoppedBeatingIsTakenOverAndResumedFromItsCheckpoint() throws Exception {
        AtomicBoolean died = new AtomicBoolean();
        RunSummary run;
        // The worker "dies" right after epoch 3: it stops training without writing anything more, and leaves its
        // claim in the job engine's table as a killed process would.
        try (AutoCloseable ignored = events.subscribe(u -> {
            if (u.epochsCompleted() == 3 && u.status() == RunState.RUNNING && died.compareAndSet(false, true)) {
                active.abandon(u.runId());
            }
        })) {
            run = helper.startIris(RunOptions.none().withEpochs(12).withBatchSize(4));
            awaitNotActive(run.id());
        }
        RunEntity orphan = runs.findById(run.id()).orElseThrow();
        assertThat(orphan.getStatus().name()).isEqualTo("RUNNING");
        assertThat(orphan.getEpochsCompleted()).isEqualTo(3);
        assertThat(orphan.getCheckpointFile()).contains("e0003");
        List<EpochMetric> before = queries.metrics(run.id());
        // What the dead worker had written of epoch 4 before it died: gone once another worker takes the run.
        // Iris trains on 120 rows: 30 minibatches of 4 an epoch, each a loss sample of its own.
        int perEpoch = 30;
        tx.executeWithoutResult(s -> iterationMetrics.save(new RunIterationMetricEntity(run.id(), 3 * perEpoch + 1,
                4, 0.5, Instant.now())));

        // Its heartbeat is older than the lease: the engine's next check gives the run back to the queue.
        jdbc.update("UPDATE scheduled_tasks SET last_heartbeat = ? WHERE task_instance = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))), String.valueOf(run.id()));
        RunSummary done = helper.awaitTerminal(run.id());

        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
        assertThat(runs.findById(run.id()).orElseThrow().getClaim()).isEqualTo(2);
        List<EpochMetric> after = queries.metrics(run.id());
        assertThat(after).extracting(EpochMetric::epoch)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 12).boxed().toList());
        assertThat(after.subList(0, 3)).isEqualTo(before);
        assertThat(done.provenance().data().train().rows()).isEqualTo(120);
        // Every epoch's layer statistics exactly once, written with the epoch: those of epochs 1-3 by the dead
        // worker, the rest by the one that took over.
        assertThat(jdbc.queryForList("SELECT epoch FROM run_layer_statistics WHERE run_id = ? AND layer_name = "
                + "'dense1' ORDER BY epoch", Integer.class, run.id()))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 12).boxed().toList());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM run_layer_statistics WHERE run_id = ?", Long.class,
                run.id())).isEqualTo(12 * 2);
        // Every iteration exactly once: the dead worker's partial epoch 4 was dropped and trained again.
        assertThat(iterationMetrics.findByRunIdOrderByIterationAsc(run.id()))
                .extracting(RunIterationMetricEntity::getIteration)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 12 * perEpoch).mapToObj(i -> (long) i).toList());
    }

    @Test
    void aWorkerThatLostItsClaimCanNoLongerWriteToTheRun() {
        long id = storedRun("iris-mlp", "CLASSIFICATION", false);
        Claim first = claims.claim(id, "worker-a");
        Claim second = claims.claim(id, "worker-b");

        assertThat(first.claim()).isEqualTo(new RunClaim(id, 1, "worker-a"));
        assertThat(second.claim()).isEqualTo(new RunClaim(id, 2, "worker-b"));
        HeldOutScore score = new HeldOutScore(0.4, 0.9, 0.9);
        assertThatThrownBy(() -> recorder.recordEpoch(first.claim(), 1, 0.5, score, List.of(), "checkpoint-e0001-c1.zip"))
                .isInstanceOf(ClaimLostException.class)
                .hasMessageContaining("worker worker-b took it over with claim 2");
        assertThat(recorder.recordEpoch(second.claim(), 1, 0.5, score, List.of(), "checkpoint-e0001-c2.zip")
                .epochsCompleted()).isEqualTo(1);
        // The same write again (its commit went through, but the answer was lost) records the epoch once.
        assertThat(recorder.recordEpoch(second.claim(), 1, 0.5, score, List.of(), "checkpoint-e0001-c2.zip")
                .epochsCompleted()).isEqualTo(1);
        assertThat(queries.metrics(id)).hasSize(1);
        // The epoch's layer statistics travel in the same write: repeated, they are not written twice.
        List<NetworkStatistics> layers = List.of(new NetworkStatistics(NetworkStatistics.MODEL, 30,
                List.of(new LayerStatistics("dense1", 80, 0.0, 0.3, 0.1, 0.001, 1.0))));
        recorder.recordEpoch(second.claim(), 2, 0.4, score, List.of(), layers, "checkpoint-e0002-c2.zip");
        recorder.recordEpoch(second.claim(), 2, 0.4, score, List.of(), layers, "checkpoint-e0002-c2.zip");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM run_layer_statistics WHERE run_id = ?", Long.class, id))
                .isEqualTo(1);
        recorder.finish(second.claim(), dev.deepcanvas.db.run.RunStatus.CANCELLED, "test over", List.of());
    }

    @Test
    void aGanRunWhoseWorkerDiedIsLeftInterruptedWithAMessageNotRestartedUnasked() {
        long id = storedRun("digit-gan", "GAN", true);

        Claim claim = claims.claim(id, "worker-b");

        assertThat(claim.claimed()).isFalse();
        assertThat(claim.ended().status()).isEqualTo(RunState.INTERRUPTED);
        assertThat(claim.ended().message()).contains("The worker training this run (worker-a) stopped")
                .contains("GAN runs keep no checkpoints, so it was not restarted on its own: resume it to train it "
                        + "again from the start.");
    }

    @Test
    void cancelAskedThroughTheDatabaseStopsTheRunWithinASecond() throws Exception {
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        try (AutoCloseable ignored = events.subscribe(u -> {
            if (u.iterationLoss() != null) {
                running.countDown();
            }
        })) {
            RunSummary run = helper.startIris(RunOptions.none().withEpochs(500).withBatchSize(1));
            assertThat(running.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            // As a web node of another process would: only the row says so, nothing is called in this process.
            Instant asked = Instant.now();
            recorder.cancel(run.id());
            RunSummary done = helper.awaitTerminal(run.id());

            assertThat(done.status()).isEqualTo(RunState.CANCELLED);
            assertThat(Duration.between(asked, done.finishedAt())).isLessThan(Duration.ofSeconds(2));
        }
    }

    /** A run row as a worker that died in the middle of it leaves it (or a queued one). */
    private long storedRun(String template, String task, boolean running) {
        return stored.store(templates.find(template).orElseThrow().document(),
                task.equals("GAN") ? "mnist" : "iris", task, 3, run -> {
                    if (running) {
                        run.claimFor("worker-a", Instant.now());
                    }
                });
    }

    private void awaitNotActive(long runId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            RunEntity run = runs.findById(runId).orElseThrow();
            if (run.getEpochsCompleted() >= 3 && !active.isActive(runId)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("run " + runId + " did not stop");
    }
}

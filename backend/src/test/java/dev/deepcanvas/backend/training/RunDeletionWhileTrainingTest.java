package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.training.run.RunFiles;
import dev.deepcanvas.db.run.RunIterationMetricRepository;
import dev.deepcanvas.db.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting a run that is queued or training. The delete takes no short cut to the job of this process: like a web
 * node of a cluster, which trains nothing, it only deletes the rows and the folder, and the worker (here the same
 * process, on H2 or on PostgreSQL) finds the run gone through the database, as a worker on another machine does.
 */
@DatabaseTest
class RunDeletionWhileTrainingTest extends ServiceTest {

    /** Long enough to be still training whenever the test deletes it; it never gets far. */
    private static final RunOptions ENDLESS = RunOptions.none().withEpochs(10_000).withBatchSize(4);

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunEvents events;
    @Autowired
    RunFiles files;
    @Autowired
    RunResultsService results;
    @Autowired
    RunIterationMetricRepository iterationMetrics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Runs helper;

    @Test
    void aQueuedRunThatIsDeletedIsNeverTrained() throws Exception {
        List<RunUpdate> seen = new CopyOnWriteArrayList<>();
        try (AutoCloseable ignored = events.subscribe(seen::add)) {
            RunSummary training = helper.startIris(ENDLESS);
            helper.awaitEpoch(training.id(), 1);
            // The only training slot is busy: the second run waits in the queue.
            RunSummary waiting = helper.startIris(RunOptions.none().withEpochs(2));
            assertThat(waiting.status()).isEqualTo(RunState.QUEUED);

            launcher.delete(waiting.id());

            assertGone(waiting.id());
            // The slot comes free; the deleted run must not be the next one trained.
            launcher.delete(training.id());
            awaitLetGo(training.id(), Duration.ofSeconds(2));
            Thread.sleep(1500);
            assertGone(waiting.id());
            assertGone(training.id());
            assertThat(seen).filteredOn(u -> u.runId() == waiting.id()).extracting(RunUpdate::status)
                    .containsOnly(RunState.QUEUED);
        }
    }

    @Test
    void aRunningRunThatIsDeletedStopsWithinTwoSecondsAndLeavesNothingBehind() throws Exception {
        List<RunUpdate> afterDelete = new CopyOnWriteArrayList<>();
        RunSummary run = helper.startIris(ENDLESS);
        helper.awaitEpoch(run.id(), 2);
        assertThat(files.checkpointFiles(run.id())).isNotEmpty();
        assertThat(iterationMetrics.countByRunId(run.id())).isPositive();

        try (AutoCloseable ignored = events.subscribe(u -> {
            if (u.runId() == run.id()) {
                afterDelete.add(u);
            }
        })) {
            Instant pressed = Instant.now();
            launcher.delete(run.id());
            assertThat(queries.find(run.id())).as("gone from the Runs list at once").isEmpty();
            Duration letGo = awaitLetGo(run.id(), Duration.ofSeconds(2));
            System.out.println("[run deletion] delete pressed → the worker let go of the running run: "
                    + Duration.between(pressed, Instant.now()).toMillis() + " ms (" + letGo.toMillis()
                    + " ms after the delete returned)");
            // Whatever the job was doing when the run went away (an epoch's checkpoint, its metrics) stays undone.
            Thread.sleep(1500);
            assertGone(run.id());
            // Until it notices, the job may still push the progress of its minibatches to the pages (nothing is
            // stored for them); it records no end, neither cancelled nor failed.
            assertThat(afterDelete).as("updates the worker published after the delete")
                    .allSatisfy(u -> assertThat(u.status()).isEqualTo(RunState.RUNNING));
        }
    }

    @Test
    void aDeleteThatLandsBetweenTheLastEpochAndTheSuccessLeavesNeitherTheRunNorItsModel() throws Exception {
        CountDownLatch lastEpochRecorded = new CountDownLatch(1);
        CountDownLatch deleted = new CountDownLatch(1);
        List<RunUpdate> updates = new CopyOnWriteArrayList<>();
        RunSummary run;
        // The training thread publishes the last epoch and then writes the model and the success; it is held right
        // there until the run is deleted, so the success arrives for a run that no longer exists.
        try (AutoCloseable ignored = events.subscribe(u -> {
            updates.add(u);
            if (u.epochsCompleted() == 3 && u.status() == RunState.RUNNING && lastEpochRecorded.getCount() > 0) {
                lastEpochRecorded.countDown();
                await(deleted);
            }
        })) {
            run = helper.startIris(RunOptions.none().withEpochs(3).withBatchSize(8));
            assertThat(lastEpochRecorded.await(2, TimeUnit.MINUTES)).isTrue();
            launcher.delete(run.id());
            deleted.countDown();
            awaitLetGo(run.id(), Duration.ofSeconds(10));
        }

        assertGone(run.id());
        assertThat(results.find(run.id())).isEmpty();
        assertThat(updates).filteredOn(u -> u.runId() == run.id()).extracting(RunUpdate::status)
                .doesNotContain(RunState.SUCCEEDED);
    }

    /** Waits until no job of this process trains the run any more, and says how long that took. */
    private Duration awaitLetGo(long runId, Duration limit) throws InterruptedException {
        Instant start = Instant.now();
        while (queries.isActive(runId)) {
            assertThat(Duration.between(start, Instant.now())).as("time for the worker to let go of run " + runId)
                    .isLessThan(limit);
            Thread.sleep(10);
        }
        return Duration.between(start, Instant.now());
    }

    /** No row, metric, result, queue entry or file of the run is left (the queue entry goes once its job ended). */
    private void assertGone(long runId) throws InterruptedException {
        assertThat(queries.find(runId)).isEmpty();
        assertThat(queries.metrics(runId)).isEmpty();
        assertThat(iterationMetrics.countByRunId(runId)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training_runs WHERE id = ?", Long.class, runId))
                .isZero();
        Instant deadline = Instant.now().plusSeconds(5);
        while (queued(runId) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(queued(runId)).as("run " + runId + " in the job engine's table").isZero();
        assertThat(Files.exists(files.folder(runId))).as("run " + runId + "'s folder").isFalse();
    }

    private long queued(long runId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?", Long.class,
                String.valueOf(runId));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.training.dispatch.InterruptedRunsRecovery;
import dev.deepcanvas.backend.training.run.ActiveJobs;
import dev.deepcanvas.backend.training.run.RunFiles;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunIterationMetricRepository;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.testing.DatabaseTest;
import dev.deepcanvas.graph.document.GraphJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class RunResumeTest extends ServiceTest {

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunEvents events;
    @Autowired
    RunFiles files;
    @Autowired
    ActiveJobs active;
    @Autowired
    RunRepository runs;
    @Autowired
    RunIterationMetricRepository iterationMetrics;
    @Autowired
    InterruptedRunsRecovery recovery;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Runs helper;

    @Test
    @DisabledIfSystemProperty(named = "deepcanvas.test.database", matches = "postgresql", disabledReason = "A single "
            + "process on the embedded H2 marks its unfinished runs interrupted; on a shared database a stopping node "
            + "hands them back to the queue and another takes them over (RunTakeoverTest, ClusterEndToEndTest)")
    void anInterruptedRunResumesFromItsLastCheckpointAndFinishes() throws Exception {
        AtomicBoolean stopped = new AtomicBoolean();
        RunSummary run;
        // The app goes down right after epoch 3 was recorded, while epoch 4 trains.
        try (AutoCloseable ignored = events.subscribe(u -> {
            if (u.epochsCompleted() == 3 && u.status() == RunState.RUNNING && stopped.compareAndSet(false, true)) {
                active.interruptActiveRuns(0);
            }
        })) {
            run = helper.startIris(RunOptions.none().withEpochs(20));
            RunSummary interrupted = helper.awaitTerminal(run.id());

            assertThat(interrupted.status()).isEqualTo(RunState.INTERRUPTED);
            assertThat(interrupted.resumable()).isTrue();
            assertThat(interrupted.epochsCompleted()).isEqualTo(3);
            assertThat(interrupted.message()).contains("Resume the run to continue from the checkpoint after epoch 3");
            // The run's row names the checkpoint after epoch 3, and that file is there.
            String checkpoint = runs.findById(run.id()).orElseThrow().getCheckpointFile();
            assertThat(checkpoint).contains("e0003");
            assertThat(Files.exists(files.checkpoint(run.id(), checkpoint))).isTrue();
        }
        List<EpochMetric> before = queries.metrics(run.id());

        // Restart of the app: recovery finds nothing running any more and leaves the run interrupted.
        recovery.afterSingletonsInstantiated();
        assertThat(queries.find(run.id()).orElseThrow().status()).isEqualTo(RunState.INTERRUPTED);

        RunSummary resumed = launcher.resume(run.id());
        assertThat(resumed.status()).isEqualTo(RunState.QUEUED);
        assertThat(resumed.epochsCompleted()).isEqualTo(3);
        RunSummary done = helper.awaitTerminal(run.id());

        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
        assertThat(done.epochsCompleted()).isEqualTo(20);
        assertThat(done.accuracy()).isGreaterThanOrEqualTo(0.85);
        List<EpochMetric> after = queries.metrics(run.id());
        assertThat(after).extracting(EpochMetric::epoch)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
        // Epochs 1-3 were not trained again: their figures are the ones recorded before the interruption.
        assertThat(after.subList(0, 3)).isEqualTo(before.subList(0, 3));
        // The partial epoch 4 of the first attempt was forgotten: every iteration is stored exactly once.
        assertThat(iterationMetrics.countByRunId(run.id())).isEqualTo(20 * 8);
        assertThat(Files.exists(files.model(run.id()))).isTrue();
        assertThat(files.checkpointFiles(run.id())).isEmpty();
    }

    @Test
    @DisabledIfSystemProperty(named = "deepcanvas.test.database", matches = "postgresql", disabledReason = "A single "
            + "process on the embedded H2 marks its unfinished runs interrupted; on a shared database a stopping node "
            + "hands them back to the queue and another takes them over (RunTakeoverTest, ClusterEndToEndTest)")
    void aRunLeftRunningByACrashIsMarkedInterruptedAtStartUpAndCanBeResumed() throws Exception {
        Hyperparameters hp = Hyperparameters.of(helper.iris().training().withEpochs(3), null, null);
        Long id = tx.execute(s -> {
            RunEntity crashed = new RunEntity(null, null, "Iris classifier",
                    GraphJson.write(helper.iris().withTraining(hp.toTrainingSettings())), "iris", hp.toJson(),
                    hp.seed(), hp.epochs(), Instant.now(), "CLASSIFICATION");
            crashed.markRunning(Instant.now());
            return runs.save(crashed).getId();
        });

        recovery.afterSingletonsInstantiated();

        RunSummary interrupted = queries.find(id).orElseThrow();
        assertThat(interrupted.status()).isEqualTo(RunState.INTERRUPTED);
        assertThat(interrupted.message()).contains("Resume it to continue");
        launcher.resume(id);
        RunSummary done = helper.awaitTerminal(id);
        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
        assertThat(queries.metrics(id)).hasSize(3);
    }

    @Test
    void onlyInterruptedRunsCanBeResumed() throws Exception {
        RunSummary run = helper.startIris(RunOptions.none().withEpochs(2));
        helper.awaitTerminal(run.id());

        assertThatThrownBy(() -> launcher.resume(run.id()))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessage("Run #" + run.id() + " is succeeded; only interrupted runs can be resumed. Start a new run "
                        + "to train again.");
        assertThatThrownBy(() -> launcher.resume(987_654L)).isInstanceOf(RunNotFoundException.class);
    }
}

package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.training.run.RunFiles;
import dev.deepcanvas.db.run.RunIterationMetricRepository;
import dev.deepcanvas.db.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class RunStoppingTest extends ServiceTest {

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunEvents events;
    @Autowired
    RunFiles files;
    @Autowired
    RunIterationMetricRepository iterationMetrics;
    @Autowired
    Runs helper;

    @Test
    void cancelStopsTheRunInTheMiddleOfAnEpoch() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        java.util.concurrent.CountDownLatch firstMinibatch = new java.util.concurrent.CountDownLatch(1);
        // Cancel right after the first iteration progress push: minibatch 1 of epoch 1 (of 120). The user's
        // cancel comes from their own thread, signed in, as a click would.
        try (AutoCloseable ignored = events.subscribe(u -> {
            if (u.iterationLoss() != null) {
                firstMinibatch.countDown();
            }
        })) {
            RunSummary run = helper.startIris(RunOptions.none().withEpochs(50).withBatchSize(1));
            assertThat(firstMinibatch.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            launcher.cancel(run.id());
            cancelled.set(true);
            RunSummary done = helper.awaitTerminal(run.id());

            assertThat(cancelled).isTrue();
            assertThat(done.status()).isEqualTo(RunState.CANCELLED);
            assertThat(done.epochsCompleted()).isZero();
            assertThat(done.message()).isEqualTo("Cancelled after 0 of 50 epochs, during epoch 1.");
            assertThat(files.checkpointFiles(run.id())).isEmpty();
            assertThat(Files.exists(files.model(run.id()))).isFalse();
        }
    }

    @Test
    void aNanOrExplodingLossStopsTheRunAndSuggestsALowerLearningRate() throws Exception {
        // Plain SGD at 10 on a linear regression overshoots further at every step.
        RunSummary run = helper.startLinear(RunOptions.none().withEpochs(200).withOptimizer("sgd")
                .withLearningRate(10.0));

        RunSummary done = helper.awaitTerminal(run.id());

        assertThat(done.status()).isEqualTo(RunState.FAILED);
        assertThat(done.message()).startsWith("The loss diverged in epoch 1")
                .contains("Lower the learning rate (it was 10.0; try 1.00)");
        assertThat(done.epochsCompleted()).isZero();
        assertThat(iterationMetrics.countByRunId(run.id())).isLessThan(13);
    }

    @Test
    void earlyStoppingKeepsTheBestEpoch() throws Exception {
        RunSummary run = helper.startLinear(RunOptions.none().withEpochs(400).withLearningRate(0.05)
                .withEarlyStopping(new EarlyStopping(EarlyStopping.Monitor.VALIDATION_LOSS, 3)));

        RunSummary done = helper.awaitTerminal(run.id());

        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
        assertThat(done.epochsCompleted()).isLessThan(400);
        assertThat(done.bestEpoch()).isEqualTo(done.epochsCompleted() - 3);
        assertThat(done.message()).contains("Stopped early after epoch " + done.epochsCompleted())
                .contains("from epoch " + done.bestEpoch());
        double bestLoss = queries.metrics(run.id()).stream().mapToDouble(EpochMetric::validationLoss).min()
                .orElseThrow();
        assertThat(queries.metrics(run.id()).get(done.bestEpoch() - 1).validationLoss()).isEqualTo(bestLoss);
        assertThat(files.checkpointFiles(run.id())).isEmpty();
    }
}

package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.training.run.ProgressThrottle;
import dev.deepcanvas.db.run.RunIterationMetricEntity;
import dev.deepcanvas.db.run.RunIterationMetricRepository;
import dev.deepcanvas.db.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class RunProgressAndMetricsTest extends ServiceTest {

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunEvents events;
    @Autowired
    RunIterationMetricRepository iterationMetrics;
    @Autowired
    Runs helper;

    @Test
    void iterationProgressIsPushedThrottledWithEpochAndEta() throws Exception {
        List<RunUpdate> seen = new CopyOnWriteArrayList<>();
        List<Long> pushedAt = new CopyOnWriteArrayList<>();
        RunSummary run;
        try (AutoCloseable ignored = events.subscribe(u -> {
            seen.add(u);
            pushedAt.add(System.nanoTime());
        })) {
            // Batch size 1: 120 minibatches per epoch, far more than may be pushed.
            run = helper.startIris(RunOptions.none().withEpochs(4).withBatchSize(1));
            helper.awaitTerminal(run.id());
        }
        long id = run.id();
        List<RunUpdate> progress = seen.stream()
                .filter(u -> u.runId() == id && u.status() == RunState.RUNNING && u.iterationLoss() != null)
                .toList();
        assertThat(progress).isNotEmpty();
        assertThat(progress).allSatisfy(u -> {
            assertThat(u.iterationsPlanned()).isEqualTo(4 * 120);
            assertThat(u.iteration()).isBetween(1L, 480L);
            assertThat(u.currentEpoch()).isBetween(1, 4);
        });
        assertThat(progress.get(progress.size() - 1).etaSeconds()).isNotNull();
        // Throttled: far fewer pushes than minibatches, and never two progress pushes within the interval.
        assertThat(progress.size()).isLessThan(480);
        List<Long> times = seen.stream().filter(progress::contains).map(u -> pushedAt.get(seen.indexOf(u))).toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).isGreaterThanOrEqualTo(
                    (ProgressThrottle.PROGRESS_INTERVAL_MILLIS - 5) * 1_000_000L);
        }
        // Every epoch end is pushed, with held-out figures.
        List<RunUpdate> epochEnds = seen.stream().filter(u -> u.runId() == id && u.status() == RunState.RUNNING
                && u.validationLoss() != null && u.iterationLoss() == null).toList();
        assertThat(epochEnds).extracting(RunUpdate::epochsCompleted).containsExactly(1, 2, 3, 4);
        assertThat(epochEnds).allSatisfy(u -> assertThat(u.metric()).isBetween(0.0, 1.0));
    }

    @Test
    void metricsAreWrittenInBatchesAndReadBackAsSeries() throws Exception {
        // 120 training rows / batch 16 = 8 minibatches per epoch, each sampled (fewer than 50 per epoch).
        RunSummary run = helper.startIris(RunOptions.none().withEpochs(12));
        RunSummary done = helper.awaitTerminal(run.id());
        assertThat(done.status()).isEqualTo(RunState.SUCCEEDED);

        List<RunIterationMetricEntity> rows = iterationMetrics.findByRunIdOrderByIterationAsc(run.id());
        assertThat(rows).hasSize(12 * 8);
        assertThat(rows).extracting(RunIterationMetricEntity::getIteration)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 96).boxed().toList());
        // One write per epoch: rows written together share their timestamp, so there are at most
        // as many distinct timestamps as epochs (plus the final write), never one per iteration.
        long writes = rows.stream().map(RunIterationMetricEntity::getRecordedAt).distinct().count();
        assertThat(writes).isLessThanOrEqualTo(13);
        assertThat(rows.stream().filter(r -> r.getEpoch() == 3)).hasSize(8);

        MetricSeries series = queries.metricSeries(run.id());
        assertThat(series.metricName()).isEqualTo("accuracy");
        assertThat(series.iterations()).hasSize(96);
        assertThat(series.epochs()).hasSize(12).allSatisfy(e -> {
            assertThat(e.validationLoss()).isPositive();
            assertThat(e.validationMetric()).isEqualTo(e.validationAccuracy());
        });
        assertThat(series.epochs().get(11).trainLoss()).isLessThan(series.epochs().get(0).trainLoss());
        assertThat(series.epochs().get(11).validationLoss()).isLessThan(series.epochs().get(0).validationLoss());
        // An epoch's training loss is the mean of its minibatch losses.
        double meanOfEpoch2 = rows.stream().filter(r -> r.getEpoch() == 2)
                .mapToDouble(RunIterationMetricEntity::getTrainLoss).average().orElseThrow();
        assertThat(series.epochs().get(1).trainLoss()).isCloseTo(meanOfEpoch2, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void longEpochsAreSampledNotStoredPerMinibatch() throws Exception {
        // Batch size 1: 120 minibatches per epoch, sampled as windows of 3 (40 points per epoch).
        RunSummary run = helper.startIris(RunOptions.none().withEpochs(2).withBatchSize(1));
        helper.awaitTerminal(run.id());

        List<RunIterationMetricEntity> rows = iterationMetrics.findByRunIdOrderByIterationAsc(run.id());
        assertThat(rows).hasSize(80);
        assertThat(rows.get(0).getIteration()).isEqualTo(3);
        assertThat(rows.get(rows.size() - 1).getIteration()).isEqualTo(240);
    }
}

package dev.deepcanvas.backend.training;

import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunEpochMetricEntity;
import dev.deepcanvas.db.run.RunEpochMetricRepository;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * The training thread's writes to H2, one short transaction each, so a crash mid-run keeps everything
 * recorded up to the last epoch. Each method returns the state it wrote, for the push to the browser.
 */
@Service
class RunRecorder {

    private final RunRepository runs;
    private final RunEpochMetricRepository metrics;
    private final Clock clock;

    RunRecorder(RunRepository runs, RunEpochMetricRepository metrics, Clock clock) {
        this.runs = runs;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional
    public RunSummary markRunning(long runId) {
        RunEntity run = runs.findById(runId).orElseThrow();
        run.markRunning(clock.instant());
        return RunSummary.of(runs.saveAndFlush(run));
    }

    @Transactional
    public RunSummary recordEpoch(long runId, int epoch, double loss, Double validationAccuracy) {
        RunEntity run = runs.findById(runId).orElseThrow();
        run.recordEpoch(epoch, loss);
        metrics.save(new RunEpochMetricEntity(runId, epoch, loss, validationAccuracy, clock.instant()));
        // The stored accuracy is the final one; while running, watchers see the latest held-out figure.
        return RunSummary.of(runs.saveAndFlush(run)).withAccuracy(validationAccuracy);
    }

    @Transactional
    public RunSummary finish(long runId, RunStatus status, String message, Double accuracy) {
        RunEntity run = runs.findById(runId).orElseThrow();
        run.finish(status, message, accuracy, clock.instant());
        return RunSummary.of(runs.saveAndFlush(run));
    }
}

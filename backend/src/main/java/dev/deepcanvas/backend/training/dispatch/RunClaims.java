package dev.deepcanvas.backend.training.dispatch;

import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.RunPlanners;
import dev.deepcanvas.backend.training.RunSnapshot;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.run.RunClaim;
import dev.deepcanvas.backend.training.run.RunPlanner;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunEpochMetricRepository;
import dev.deepcanvas.db.run.RunIterationMetricRepository;
import dev.deepcanvas.db.run.RunLayerStatisticRepository;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * A worker takes a run the job engine handed it, in one transaction on the run's locked row: it raises the run's
 * claim (so a previous worker, should it still live, can no longer write), and sets the run back to its last
 * checkpoint, dropping whatever was recorded after it (the epoch a dead worker was in the middle of), so that each
 * epoch's figures are recorded exactly once.
 */
@Component
class RunClaims {

    private static final Logger log = LoggerFactory.getLogger(RunClaims.class);

    private final RunRepository runs;
    private final RunEpochMetricRepository epochMetrics;
    private final RunIterationMetricRepository iterationMetrics;
    private final RunLayerStatisticRepository layerStatistics;
    private final RunPlanners planners;
    private final Clock clock;

    RunClaims(RunRepository runs, RunEpochMetricRepository epochMetrics, RunIterationMetricRepository iterationMetrics,
              RunLayerStatisticRepository layerStatistics, RunPlanners planners, Clock clock) {
        this.runs = runs;
        this.epochMetrics = epochMetrics;
        this.iterationMetrics = iterationMetrics;
        this.layerStatistics = layerStatistics;
        this.planners = planners;
        this.clock = clock;
    }

    @Transactional
    public Claim claim(long runId, String worker) {
        Optional<RunEntity> found = runs.findForUpdate(runId);
        if (found.isEmpty() || found.get().getStatus().isTerminal()) {
            return Claim.none();
        }
        RunEntity run = found.get();
        RunSnapshot snapshot = RunSnapshot.of(run);
        TaskKind task = RunPlanners.taskOf(run, snapshot);
        RunPlanner planner = planners.of(task);
        boolean takenOver = run.getStatus() == RunStatus.RUNNING;
        if (takenOver) {
            log.info("Worker {} takes over run {} from worker {}, which stopped without giving it back", worker, runId,
                    run.getWorkerId());
            if (run.isStopRequested()) {
                run.finish(RunStatus.CANCELLED, "Cancelled after " + run.getEpochsCompleted() + " of "
                        + run.getEpochsPlanned() + " epochs.", clock.instant());
                return Claim.ended(RunSummary.of(runs.saveAndFlush(run)));
            }
            if (!planner.resumesFromCheckpoints()) {
                run.finish(RunStatus.INTERRUPTED, "The worker training this run (" + run.getWorkerId() + ") stopped "
                        + "after " + run.getEpochsCompleted() + " of " + run.getEpochsPlanned() + " epochs, before it "
                        + "finished. GAN runs keep no checkpoints, so it was not restarted on its own: resume it to "
                        + "train it again from the start.", clock.instant());
                return Claim.ended(RunSummary.of(runs.saveAndFlush(run)));
            }
        }
        Optional<String> checkpoint = planner.checkpointToResume(run);
        if (checkpoint.isEmpty() && run.getEpochsCompleted() > 0) {
            log.warn("Run {} recorded {} epochs but its checkpoint is missing from the shared folder; it trains "
                    + "again from the start", runId, run.getEpochsCompleted());
            run.resetProgress();
        }
        int kept = run.getEpochsCompleted();
        epochMetrics.deleteAfterEpoch(runId, kept);
        iterationMetrics.deleteAfterEpoch(runId, kept);
        layerStatistics.deleteAfterEpoch(runId, kept);
        int number = run.claimFor(worker, clock.instant());
        runs.saveAndFlush(run);
        return new Claim(new RunClaim(runId, number, worker), snapshot, task, checkpoint.orElse(null), null);
    }

    /** Whether the run's row is gone: a user deleted it (ids are never used again). */
    @Transactional(readOnly = true)
    public boolean deleted(long runId) {
        return !runs.existsById(runId);
    }
}

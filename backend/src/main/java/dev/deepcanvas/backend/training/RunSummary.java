package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.db.run.RunEntity;

import java.time.Duration;
import java.time.Instant;

/**
 * A run as listed and shown: what was trained, how far it got and how well it did.
 *
 * @param task        what the run learns; null for runs stored before tasks were recorded
 * @param finalMetric the final held-out accuracy (classification) or R² (regression)
 * @param bestEpoch   the epoch whose weights are the final model (before the last one under early stopping)
 * @param provenance  the data it used and the software that trained it, as far as they are recorded
 * @param trainingTime the training time actually spent, over every stretch it trained, up to its last recorded
 *                     epoch or its end (not the time it waited in the queue, nor the time the app was down)
 */
public record RunSummary(long id, Long graphId, Integer graphVersion, String graphName, String datasetId,
                         RunState status, String message, int epochsPlanned, int epochsCompleted,
                         Double finalLoss, Double accuracy, Instant createdAt, Instant startedAt, Instant finishedAt,
                         TaskKind task, Double finalMetric, Integer bestEpoch, RunProvenance provenance,
                         Duration trainingTime) {

    public static RunSummary of(RunEntity run) {
        return new RunSummary(run.getId(), run.getGraphId(), run.getGraphVersion(), run.getGraphName(),
                run.getDatasetId(), RunState.of(run.getStatus()), run.getMessage(), run.getEpochsPlanned(),
                run.getEpochsCompleted(), run.getFinalLoss(), run.getAccuracy(), run.getCreatedAt(),
                run.getStartedAt(), run.getFinishedAt(), run.getTask() == null ? null : TaskKind.valueOf(run.getTask()),
                run.getFinalMetric(), run.getBestEpoch(), RunProvenance.of(run), run.getTrainingTime());
    }

    /** Whether this run can continue from its last checkpoint ({@link RunLauncher#resume}). */
    public boolean resumable() {
        return status == RunState.INTERRUPTED;
    }

    public RunUpdate toUpdate() {
        return new RunUpdate(id, status, epochsCompleted, epochsPlanned, finalLoss, accuracy, message, 0, 0, null,
                null, null, finalMetric);
    }
}

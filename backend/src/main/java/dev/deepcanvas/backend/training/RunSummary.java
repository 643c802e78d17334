package dev.deepcanvas.backend.training;

import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunStatus;

import java.time.Instant;

/** A run as listed and shown: what was trained, how far it got and how well it did. */
public record RunSummary(long id, Long graphId, Integer graphVersion, String graphName, String datasetId,
                         RunStatus status, String message, int epochsPlanned, int epochsCompleted,
                         Double finalLoss, Double accuracy, Instant createdAt, Instant startedAt, Instant finishedAt) {

    static RunSummary of(RunEntity run) {
        return new RunSummary(run.getId(), run.getGraphId(), run.getGraphVersion(), run.getGraphName(),
                run.getDatasetId(), run.getStatus(), run.getMessage(), run.getEpochsPlanned(),
                run.getEpochsCompleted(), run.getFinalLoss(), run.getAccuracy(), run.getCreatedAt(),
                run.getStartedAt(), run.getFinishedAt());
    }

    RunSummary withAccuracy(Double newAccuracy) {
        return new RunSummary(id, graphId, graphVersion, graphName, datasetId, status, message, epochsPlanned,
                epochsCompleted, finalLoss, newAccuracy, createdAt, startedAt, finishedAt);
    }

    public RunUpdate toUpdate() {
        return new RunUpdate(id, status, epochsCompleted, epochsPlanned, finalLoss, accuracy, message);
    }
}

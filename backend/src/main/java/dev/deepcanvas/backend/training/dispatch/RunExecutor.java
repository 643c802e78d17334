package dev.deepcanvas.backend.training.dispatch;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.UnknownDatasetException;
import dev.deepcanvas.backend.node.NodeIdentity;
import dev.deepcanvas.backend.training.DatasetLookup;
import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunPlanners;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.backend.training.run.ActiveJobs;
import dev.deepcanvas.backend.training.run.ClaimedRun;
import dev.deepcanvas.backend.training.run.ClaimLostException;
import dev.deepcanvas.backend.training.run.DatabaseUnavailableException;
import dev.deepcanvas.backend.training.run.DatabaseWait;
import dev.deepcanvas.backend.training.run.JobCollaborators;
import dev.deepcanvas.backend.training.run.JobOutcome;
import dev.deepcanvas.backend.training.run.PlannedRun;
import dev.deepcanvas.backend.training.run.RunJob;
import dev.deepcanvas.backend.training.run.RunSlots;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Trains one run the job engine handed to this worker, on the engine's thread: claims it, checks its graph and
 * dataset again here (the worker may run another version, or the dataset may be gone), builds the job of its kind
 * and trains until the run ends, the job is stopped, or the run stops being this worker's.
 */
@Component
class RunExecutor {

    private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);

    private final RunClaims claims;
    private final RunPlanners planners;
    private final DatasetLookup datasets;
    private final ActiveJobs active;
    private final RunEvents events;
    private final JobCollaborators services;
    private final DatabaseWait database;
    private final NodeIdentity node;
    private final WorkerRegistry workers;
    private final int threadsPerRun;

    RunExecutor(RunClaims claims, RunPlanners planners, DatasetLookup datasets, ActiveJobs active, RunEvents events,
                JobCollaborators services, DatabaseWait database, NodeIdentity node, WorkerRegistry workers,
                RunSlots slots) {
        this.claims = claims;
        this.planners = planners;
        this.datasets = datasets;
        this.active = active;
        this.events = events;
        this.services = services;
        this.database = database;
        this.node = node;
        this.workers = workers;
        this.threadsPerRun = slots.threadsPerRun();
    }

    JobOutcome execute(long runId) {
        // OpenMP keeps its thread count per calling thread: the training thread takes its share of the cores.
        NativeBackend.limitThreadsOfCallingThread(threadsPerRun);
        workers.register();
        Claim claim;
        try {
            claim = database.retrying("take run " + runId, () -> claims.claim(runId, node.id()));
        } catch (DatabaseUnavailableException e) {
            log.warn("{}; the run stays queued", e.getMessage());
            return JobOutcome.ABANDONED;
        }
        if (claim.ended() != null) {
            events.publish(claim.ended().toUpdate());
            return JobOutcome.ENDED;
        }
        if (!claim.claimed()) {
            return JobOutcome.ENDED;
        }
        RunJob job;
        try {
            job = plan(claim).job(claim.claim(), claim.snapshot().hyperparameters(), claim.checkpointFile());
        } catch (TrainingRejectedException | UnknownDatasetException e) {
            return refuse(claim, e);
        } catch (RuntimeException e) {
            log.error("Run {} could not be prepared for training", runId, e);
            return refuse(claim, e);
        }
        active.started(job);
        try {
            return job.run();
        } finally {
            active.ended(job);
        }
    }

    private PlannedRun plan(Claim claim) {
        PreparedDataset data = datasets.get(claim.snapshot().datasetId());
        return planners.of(claim.task()).plan(claim.snapshot().graph(), data, claim.task());
    }

    /** The run cannot train on this worker any more: its dataset is gone, or this version refuses its graph. */
    private JobOutcome refuse(Claim claim, RuntimeException reason) {
        List<String> reasons = reason instanceof TrainingRejectedException rejected ? rejected.reasons()
                : List.of(reason.getMessage() == null ? reason.getClass().getSimpleName() : reason.getMessage());
        ClaimedRun run = services.claimed(claim.claim());
        try {
            events.publish(run.finish(RunStatus.FAILED, "This run could not start on worker " + node.id() + ": "
                    + String.join(" ", reasons), List.of()).toUpdate());
            return JobOutcome.ENDED;
        } catch (ClaimLostException | DatabaseUnavailableException e) {
            log.warn("Run {} could not start here, and that could not be recorded: {}", claim.claim().runId(),
                    e.getMessage());
            return JobOutcome.ABANDONED;
        }
    }
}

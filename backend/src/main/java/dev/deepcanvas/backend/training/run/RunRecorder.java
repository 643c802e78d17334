package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.backend.results.RunResult;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.node.Deployment;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.DataFingerprints;
import dev.deepcanvas.backend.training.Hyperparameters;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunEpochMetricEntity;
import dev.deepcanvas.db.run.RunEpochMetricRepository;
import dev.deepcanvas.db.run.RunIterationMetricRepository;
import dev.deepcanvas.db.run.RunLayerStatisticRepository;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Every write of a run to the database: its creation, cancellation and deletion (from the pages), and the training
 * thread's progress. Each is one short transaction that carries everything gathered since the last one (an epoch's
 * figures, its iteration samples and the name of its checkpoint together), so a crash loses at most the epoch in
 * progress. Each locks the run's row first, so that a web node and a worker never overwrite each other's change, and
 * a training thread writes only while the run is still claimed by it ({@link RunClaim}). The training thread's
 * writes are idempotent: one repeated after a lost connection leaves the same rows as one that went through once.
 * Each method returns the state it wrote, for the push to the browser.
 */
@Service
public class RunRecorder {

    private final RunRepository runs;
    private final RunEpochMetricRepository epochMetrics;
    private final RunIterationMetricRepository iterationMetrics;
    private final RunLayerStatisticRepository layerStatistics;
    private final IterationMetricWriter iterationWriter;
    private final LayerStatisticsWriter layerWriter;
    private final RunResultsService results;
    private final TrainingEnvironment environment;
    private final Deployment deployment;
    private final Clock clock;

    RunRecorder(RunRepository runs, RunEpochMetricRepository epochMetrics,
                RunIterationMetricRepository iterationMetrics, RunLayerStatisticRepository layerStatistics,
                IterationMetricWriter iterationWriter, LayerStatisticsWriter layerWriter, RunResultsService results,
                TrainingEnvironment environment, Deployment deployment, Clock clock) {
        this.runs = runs;
        this.epochMetrics = epochMetrics;
        this.iterationMetrics = iterationMetrics;
        this.layerStatistics = layerStatistics;
        this.iterationWriter = iterationWriter;
        this.layerWriter = layerWriter;
        this.results = results;
        this.environment = environment;
        this.deployment = deployment;
        this.clock = clock;
    }

    /** Stores a new run, queued, as an immutable snapshot of what it will train, owned by {@code owner}. */
    @Transactional
    public RunSummary create(long owner, Long graphId, Integer graphVersion, GraphDocument snapshot, String datasetId,
                             Hyperparameters hyperparameters, TaskKind task) {
        RunEntity entity = new RunEntity(graphId, graphVersion, snapshot.name(), GraphJson.write(snapshot), datasetId,
                hyperparameters.toJson(), hyperparameters.seed(), hyperparameters.epochs(), clock.instant(),
                task.name());
        entity.assignOwner(owner);
        // A web node does not train, so its back end says nothing about the run: the worker records its own.
        entity.recordSoftware(environment.appVersion(), deployment.trains() ? environment.backend() : null);
        return RunSummary.of(runs.save(entity));
    }

    /** Deletes a run's row (its metrics and results go with it); false when there was no such run. */
    @Transactional
    public boolean delete(long runId) {
        if (runs.findForUpdate(runId).isEmpty()) {
            return false;
        }
        runs.deleteById(runId);
        return true;
    }

    /** How many runs wait for a worker, across the whole installation. */
    @Transactional(readOnly = true)
    public long queued() {
        return runs.countByStatus(RunStatus.QUEUED);
    }

    /**
     * The user cancels: a queued run ends at once; a running one is marked so that the worker training it (here or
     * on another machine) stops at its next minibatch.
     *
     * @return the run cancelled before it started, or empty when it was running (the worker ends it) or had ended
     */
    @Transactional
    public Optional<RunSummary> cancel(long runId) {
        Optional<RunEntity> found = runs.findForUpdate(runId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RunEntity run = found.get();
        if (run.getStatus() == RunStatus.QUEUED) {
            run.finish(RunStatus.CANCELLED, "Cancelled before it started.", clock.instant());
            return Optional.of(RunSummary.of(runs.saveAndFlush(run)));
        }
        if (run.getStatus() == RunStatus.RUNNING) {
            run.requestStop();
            runs.saveAndFlush(run);
        }
        return Optional.empty();
    }

    /**
     * The run starts training: with the fingerprints of the data it is about to use and the software that trains
     * it (which, for a resumed run, may differ from the software that queued it first).
     */
    @Transactional
    public RunSummary markRunning(RunClaim claim, DataFingerprints data) {
        RunEntity run = owned(claim);
        run.recordData(data.train().sha256(), data.train().rows(),
                data.validation() == null ? null : data.validation().sha256(),
                data.validation() == null ? null : data.validation().rows(),
                data.test() == null ? null : data.test().sha256(), data.test() == null ? null : data.test().rows());
        run.recordSoftware(environment.appVersion(), environment.backend());
        return RunSummary.of(runs.saveAndFlush(run));
    }

    /** Writes iteration samples gathered during a long epoch, before the epoch ends. */
    @Transactional
    public void recordIterations(RunClaim claim, List<IterationSample> samples) {
        owned(claim);
        iterationWriter.write(claim.runId(), samples, clock.instant());
    }

    /**
     * Writes a finished epoch, the iteration samples not yet written and the checkpoint that holds the weights after
     * it, in one transaction: the recorded epochs and the run's checkpoint always agree.
     */
    @Transactional
    public RunSummary recordEpoch(RunClaim claim, int epoch, double trainLoss, HeldOutScore heldOut,
                                  List<IterationSample> samples, String checkpointFile) {
        return recordEpoch(claim, epoch, trainLoss, heldOut, samples, List.of(), checkpointFile);
    }

    /**
     * As {@link #recordEpoch(RunClaim, int, double, HeldOutScore, List, String)}, with the layer statistics of the
     * epoch's last step in the same transaction: a run resumed by another worker after a crash finds every recorded
     * epoch with its statistics, and records each later epoch's exactly once.
     */
    @Transactional
    public RunSummary recordEpoch(RunClaim claim, int epoch, double trainLoss, HeldOutScore heldOut,
                                  List<IterationSample> samples, List<NetworkStatistics> statistics,
                                  String checkpointFile) {
        RunEntity run = owned(claim);
        if (run.getEpochsCompleted() >= epoch) {
            // An earlier attempt of this very write committed before its connection broke.
            return RunSummary.of(run);
        }
        iterationWriter.write(claim.runId(), samples, clock.instant());
        run.recordEpoch(epoch, trainLoss, checkpointFile, clock.instant());
        epochMetrics.save(new RunEpochMetricEntity(claim.runId(), epoch, trainLoss, heldOut.loss(),
                heldOut.accuracy(), heldOut.metric(), clock.instant()));
        layerWriter.write(claim.runId(), epoch, statistics);
        return RunSummary.of(runs.saveAndFlush(run));
    }

    /**
     * A successful end: the final figures and the result document, stored together with the status.
     * {@code publishFiles} puts the final model files in place while the run's row is locked, so that only the
     * worker whose claim stands can put them there.
     */
    @Transactional
    public RunSummary succeed(RunClaim claim, RunResult result, int bestEpoch, String message,
                              List<IterationSample> samples, Runnable publishFiles) {
        RunEntity run = owned(claim);
        if (run.getStatus() == RunStatus.SUCCEEDED) {
            return RunSummary.of(run);
        }
        iterationWriter.write(claim.runId(), samples, clock.instant());
        publishFiles.run();
        results.save(result);
        Double accuracy = result.classification() == null ? null : result.classification().accuracy();
        run.recordFinalMetrics(accuracy, result.metric(), bestEpoch);
        run.finish(RunStatus.SUCCEEDED, message, clock.instant());
        return RunSummary.of(runs.saveAndFlush(run));
    }

    /** Any other end (failed, cancelled, interrupted); samples gathered so far are kept for the charts. */
    @Transactional
    public RunSummary finish(RunClaim claim, RunStatus status, String message, List<IterationSample> samples) {
        RunEntity run = owned(claim);
        if (run.getStatus().isTerminal()) {
            return RunSummary.of(run);
        }
        iterationWriter.write(claim.runId(), samples, clock.instant());
        run.finish(status, message, clock.instant());
        return RunSummary.of(runs.saveAndFlush(run));
    }

    /**
     * The worker stops and gives the run back to the queue: the next worker continues from the checkpoint after the
     * recorded epochs. What was recorded of the epoch in progress is dropped when it claims the run.
     */
    @Transactional
    public RunSummary handBack(RunClaim claim, String message) {
        RunEntity run = owned(claim);
        run.handBack(message);
        return RunSummary.of(runs.saveAndFlush(run));
    }

    /** Ends a run that no worker holds (the queue refused it). */
    @Transactional
    public RunSummary finish(long runId, RunStatus status, String message) {
        RunEntity run = runs.findForUpdate(runId).orElseThrow();
        run.finish(status, message, clock.instant());
        return RunSummary.of(runs.saveAndFlush(run));
    }

    /**
     * Queues an interrupted run again, forgetting whatever was recorded after its checkpoint (a partial epoch),
     * so that the resumed run records those iterations and epochs exactly once.
     */
    @Transactional
    public RunSummary requeue(long runId, int checkpointEpoch) {
        RunEntity run = runs.findForUpdate(runId).orElseThrow();
        run.requeue(checkpointEpoch);
        iterationMetrics.deleteAfterEpoch(runId, checkpointEpoch);
        epochMetrics.deleteAfterEpoch(runId, checkpointEpoch);
        layerStatistics.deleteAfterEpoch(runId, checkpointEpoch);
        return RunSummary.of(runs.saveAndFlush(run));
    }

    /** The run, locked, provided the claim still stands. */
    private RunEntity owned(RunClaim claim) {
        RunEntity run = runs.findForUpdate(claim.runId())
                .orElseThrow(() -> new ClaimLostException(claim, "the run was deleted"));
        if (!run.isClaimedWith(claim.number())) {
            throw new ClaimLostException(claim, "worker " + run.getWorkerId() + " took it over with claim "
                    + run.getClaim());
        }
        return run;
    }
}

package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.backend.results.RunResult;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.DataFingerprints;
import dev.deepcanvas.backend.training.Hyperparameters;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunEpochMetricEntity;
import dev.deepcanvas.db.run.RunEpochMetricRepository;
import dev.deepcanvas.db.run.RunIterationMetricRepository;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Every write of a run to H2: its creation and deletion, and the training thread's progress. Each is one short
 * transaction that carries everything gathered since the last one (an epoch's figures and its iteration samples
 * together), so a crash loses at most the epoch in progress. Each method returns the state it wrote, for the push
 * to the browser.
 */
@Service
public class RunRecorder {

    private final RunRepository runs;
    private final RunEpochMetricRepository epochMetrics;
    private final RunIterationMetricRepository iterationMetrics;
    private final IterationMetricWriter iterationWriter;
    private final RunResultsService results;
    private final TrainingEnvironment environment;
    private final Clock clock;

    RunRecorder(RunRepository runs, RunEpochMetricRepository epochMetrics,
                RunIterationMetricRepository iterationMetrics, IterationMetricWriter iterationWriter,
                RunResultsService results, TrainingEnvironment environment, Clock clock) {
        this.runs = runs;
        this.epochMetrics = epochMetrics;
        this.iterationMetrics = iterationMetrics;
        this.iterationWriter = iterationWriter;
        this.results = results;
        this.environment = environment;
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
        entity.recordSoftware(environment.appVersion(), environment.backend());
        return RunSummary.of(runs.save(entity));
    }

    /** Deletes a run's row (its metrics and results go with it); false when there was no such run. */
    @Transactional
    public boolean delete(long runId) {
        if (!runs.existsById(runId)) {
            return false;
        }
        runs.deleteById(runId);
        return true;
    }

    /**
     * The run starts training: with the fingerprints of the data it is about to use and the software that trains
     * it (which, for a resumed run, may differ from the software that queued it first).
     */
    @Transactional
    public RunSummary markRunning(long runId, DataFingerprints data) {
        RunEntity run = runs.findById(runId).orElseThrow();
        run.markRunning(clock.instant());
        run.recordData(data.train().sha256(), data.train().rows(),
                data.validation() == null ? null : data.validation().sha256(),
                data.validation() == null ? null : data.validation().rows(),
                data.test() == null ? null : data.test().sha256(), data.test() == null ? null : data.test().rows());
        run.recordSoftware(environment.appVersion(), environment.backend());
        return RunSummary.of(runs.saveAndFlush(run));
    }

    /** Writes iteration samples gathered during a long epoch, before the epoch ends. */
    @Transactional
    public void recordIterations(long runId, List<IterationSample> samples) {
        iterationWriter.write(runId, samples, clock.instant());
    }

    /** Writes a finished epoch and the iteration samples not yet written, in one transaction. */
    @Transactional
    public RunSummary recordEpoch(long runId, int epoch, double trainLoss, HeldOutScore heldOut,
                                  List<IterationSample> samples) {
        iterationWriter.write(runId, samples, clock.instant());
        RunEntity run = runs.findById(runId).orElseThrow();
        run.recordEpoch(epoch, trainLoss, clock.instant());
        epochMetrics.save(new RunEpochMetricEntity(runId, epoch, trainLoss, heldOut.loss(), heldOut.accuracy(),
                heldOut.metric(), clock.instant()));
        return RunSummary.of(runs.saveAndFlush(run));
    }

    /** A successful end: the final figures and the result document, stored together with the status. */
    @Transactional
    public RunSummary succeed(long runId, RunResult result, int bestEpoch, String message,
                              List<IterationSample> samples) {
        iterationWriter.write(runId, samples, clock.instant());
        results.save(result);
        RunEntity run = runs.findById(runId).orElseThrow();
        Double accuracy = result.classification() == null ? null : result.classification().accuracy();
        run.recordFinalMetrics(accuracy, result.metric(), bestEpoch);
        run.finish(RunStatus.SUCCEEDED, message, clock.instant());
        return RunSummary.of(runs.saveAndFlush(run));
    }

    /** Any other end (failed, cancelled, interrupted); samples gathered so far are kept for the charts. */
    @Transactional
    public RunSummary finish(long runId, RunStatus status, String message, List<IterationSample> samples) {
        iterationWriter.write(runId, samples, clock.instant());
        RunEntity run = runs.findById(runId).orElseThrow();
        run.finish(status, message, clock.instant());
        return RunSummary.of(runs.saveAndFlush(run));
    }

    @Transactional
    public RunSummary finish(long runId, RunStatus status, String message) {
        return finish(runId, status, message, List.of());
    }

    /**
     * Queues an interrupted run again, forgetting whatever was recorded after its checkpoint (a partial epoch),
     * so that the resumed run records those iterations and epochs exactly once.
     */
    @Transactional
    public RunSummary requeue(long runId, int checkpointEpoch) {
        RunEntity run = runs.findById(runId).orElseThrow();
        run.requeue(checkpointEpoch);
        iterationMetrics.deleteAfterEpoch(runId, checkpointEpoch);
        epochMetrics.deleteAfterEpoch(runId, checkpointEpoch);
        return RunSummary.of(runs.saveAndFlush(run));
    }
}

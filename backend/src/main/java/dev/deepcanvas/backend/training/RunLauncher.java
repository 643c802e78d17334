package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.dispatch.JobEngine;
import dev.deepcanvas.backend.training.run.ActiveJobs;
import dev.deepcanvas.backend.training.run.Minibatches;
import dev.deepcanvas.backend.training.run.RunFiles;
import dev.deepcanvas.backend.training.run.RunPlanner;
import dev.deepcanvas.backend.training.run.RunRecorder;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.TrainingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Starts, resumes, cancels and deletes training runs. A run is checked completely (its settings, its graph through
 * the compiler, its fit to the dataset) before anything is stored; then it is stored as an immutable snapshot and
 * queued in the {@link JobEngine} in the same transaction, for this process or any worker of the installation to
 * train. Cancel and delete go through the database, so they reach the run's worker wherever that is. What differs
 * between ordinary networks and GANs stays behind their planners.
 */
@Service
public class RunLauncher {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    /**
     * The start request: which saved graph version is trained, as which document, on which dataset, with which
     * changes to the document's training settings (null: none).
     */
    public record StartRequest(Long graphId, Integer graphVersion, GraphDocument document, String datasetId,
                               RunOptions options) {

        public StartRequest(Long graphId, Integer graphVersion, GraphDocument document, String datasetId) {
            this(graphId, graphVersion, document, datasetId, null);
        }
    }

    private final DatasetLookup datasets;
    private final RunAccess access;
    private final RunRecorder recorder;
    private final JobEngine engine;
    private final ActiveJobs active;
    private final RunFiles files;
    private final RunPlanners planners;
    private final RunEvents events;
    private final ApplicationEventPublisher springEvents;
    private final TransactionTemplate tx;
    private final int queueCapacity;

    RunLauncher(DatasetLookup datasets, RunAccess access, RunRecorder recorder, JobEngine engine, ActiveJobs active,
                RunFiles files, RunPlanners planners, RunEvents events, ApplicationEventPublisher springEvents,
                TransactionTemplate tx, @Value("${deepcanvas.training.queue-capacity:20}") int queueCapacity) {
        this.datasets = datasets;
        this.access = access;
        this.recorder = recorder;
        this.engine = engine;
        this.active = active;
        this.files = files;
        this.planners = planners;
        this.events = events;
        this.springEvents = springEvents;
        this.tx = tx;
        this.queueCapacity = queueCapacity;
    }

    /**
     * Validates the start settings, the graph (through the compiler) and its fit to the dataset, stores the run
     * as an immutable snapshot in the queued state and queues it. When {@code deepcanvas.training.queue-capacity}
     * runs already wait, the run is stored as failed, saying so.
     *
     * @throws TrainingRejectedException with messages for the user when the run cannot start as asked
     */
    public RunSummary start(StartRequest request) {
        PreparedDataset data = datasets.get(request.datasetId());
        RunOptions options = request.options() == null ? RunOptions.none() : request.options();
        TrainingSettings effective = options.applyTo(request.document().training());
        TaskKind task = TaskKind.ofGraph(request.document());
        List<String> problems = new ArrayList<>(RunOptionsValidator.problems(effective, options.earlyStopping(),
                task));
        if (problems.isEmpty()) {
            problems.addAll(RunOptionsValidator.layerStatisticsProblems(options.layerStatisticsEvery(),
                    plannedSteps(data, effective)));
        }
        if (!problems.isEmpty()) {
            throw new TrainingRejectedException(problems);
        }
        GraphDocument snapshot = request.document().withTraining(effective);
        Hyperparameters hyperparameters = Hyperparameters.of(effective, options.earlyStopping(),
                options.layerStatisticsEvery());
        planners.of(task).plan(snapshot, data, task);
        long owner = access.requireCaller();
        if (recorder.queued() >= queueCapacity) {
            RunSummary stored = recorder.create(owner, request.graphId(), request.graphVersion(), snapshot, data.id(),
                    hyperparameters, task);
            RunSummary rejected = recorder.finish(stored.id(), RunStatus.FAILED,
                    "The training queue is full; wait for a run to finish and try again.");
            events.publish(rejected.toUpdate());
            return rejected;
        }
        RunSummary queued = tx.execute(s -> {
            RunSummary created = recorder.create(owner, request.graphId(), request.graphVersion(), snapshot,
                    data.id(), hyperparameters, task);
            engine.enqueue(created.id());
            return created;
        });
        events.publish(queued.toUpdate());
        return queued;
    }

    /** The steps a run of these settings takes: its epochs times the training part's batches. */
    private static long plannedSteps(PreparedDataset data, TrainingSettings settings) {
        long examples = data.part(DatasetPart.TRAIN).map(DatasetSplit::size).orElse(0);
        return settings.epochs() * Minibatches.perEpoch(examples, settings.batchSize());
    }

    /**
     * Continues an interrupted run from its last end-of-epoch checkpoint (from the start when it was interrupted
     * before its first epoch ended, or when it is a GAN), with exactly the snapshot it started with.
     *
     * @throws RunNotFoundException      when there is no such run
     * @throws TrainingRejectedException when the run is not interrupted, or its dataset is gone
     */
    public RunSummary resume(long runId) {
        RunEntity run = access.accessible(runId);
        if (run.getStatus() != RunStatus.INTERRUPTED) {
            throw new TrainingRejectedException(List.of("Run #" + runId + " is " + run.getStatus().name()
                    .toLowerCase(Locale.ROOT) + "; only interrupted runs can be resumed. Start a new run "
                    + "to train again."));
        }
        if (active.isActive(runId)) {
            throw new TrainingRejectedException(List.of("Run #" + runId
                    + " is still stopping; try again in a moment."));
        }
        RunSnapshot snapshot = RunSnapshot.of(run);
        PreparedDataset data = datasets.get(run.getDatasetId());
        TaskKind task = RunPlanners.taskOf(run, snapshot);
        RunPlanner planner = planners.of(task);
        planner.plan(snapshot.graph(), data, task);
        int kept = planner.prepareResume(run);
        RunSummary queued = tx.execute(s -> {
            RunSummary requeued = recorder.requeue(runId, kept);
            engine.enqueue(runId);
            return requeued;
        });
        events.publish(queued.toUpdate());
        return queued;
    }

    /**
     * Stops a queued or running run: a queued one at once, a running one before its next minibatch, on whichever
     * worker trains it (it reads the request from the database within a second); a finished run is left as it is.
     */
    public void cancel(long runId) {
        access.accessible(runId);
        Optional<RunSummary> cancelledWhileQueued = recorder.cancel(runId);
        cancelledWhileQueued.ifPresent(cancelled -> {
            engine.withdraw(runId);
            events.publish(cancelled.toUpdate());
        });
        // When this very process trains the run, it need not wait for the database to tell it.
        active.cancel(runId);
    }

    /**
     * Deletes a run in any state: its row, metrics and results in the database, its place in the queue and its
     * folder of model files. A queued run leaves the queue unstarted. A running one stops on whichever worker trains
     * it (this process included): the worker reads its runs' rows twice a second, finds this one gone, stops before
     * its next minibatch without writing anything more (every write of a training thread needs the run's row and its
     * claim) and removes whatever files it wrote after the folder was deleted here.
     *
     * @throws RunNotFoundException when there is no such run, or it is not the caller's
     */
    public void delete(long runId) {
        access.accessible(runId);
        Boolean deleted = tx.execute(s -> {
            if (!recorder.delete(runId)) {
                return false;
            }
            // In the same transaction: a run deleted while it waits is never started.
            engine.withdraw(runId);
            return true;
        });
        if (!Boolean.TRUE.equals(deleted)) {
            throw new RunNotFoundException(runId);
        }
        // Files after the row: a failure here leaves an orphaned folder, never a run whose model is missing.
        try {
            files.delete(runId);
        } catch (UncheckedIOException e) {
            // The run is deleted all the same; the worker that trained it removes the folder too once it stops.
            log.warn("Run {} was deleted, but its folder could not be removed", runId, e);
        }
        springEvents.publishEvent(new RunDeletedEvent(runId));
    }
}

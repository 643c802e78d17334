package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.gan.GanRunPlanner;
import dev.deepcanvas.backend.training.plain.PlainRunPlanner;
import dev.deepcanvas.backend.training.run.PlannedRun;
import dev.deepcanvas.backend.training.run.RunFiles;
import dev.deepcanvas.backend.training.run.RunPlanner;
import dev.deepcanvas.backend.training.run.RunQueue;
import dev.deepcanvas.backend.training.run.RunRecorder;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.TrainingSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;

/**
 * Starts, resumes, cancels and deletes training runs. A run is checked completely (its settings, its graph through
 * the compiler, its fit to the dataset) before anything is stored; then it is stored as an immutable snapshot and
 * handed to the {@link RunQueue}. What differs between ordinary networks and GANs stays behind their planners.
 */
@Service
public class RunLauncher {

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
    private final RunQueue queue;
    private final RunFiles files;
    private final PlainRunPlanner plain;
    private final GanRunPlanner gans;
    private final ApplicationEventPublisher springEvents;

    RunLauncher(DatasetLookup datasets, RunAccess access, RunRecorder recorder, RunQueue queue, RunFiles files,
                PlainRunPlanner plain, GanRunPlanner gans, ApplicationEventPublisher springEvents) {
        this.datasets = datasets;
        this.access = access;
        this.recorder = recorder;
        this.queue = queue;
        this.files = files;
        this.plain = plain;
        this.gans = gans;
        this.springEvents = springEvents;
    }

    /**
     * Validates the start settings, the graph (through the compiler) and its fit to the dataset, stores the run
     * as an immutable snapshot in the queued state and hands it to the pool.
     *
     * @throws TrainingRejectedException with messages for the user when the run cannot start as asked
     */
    public RunSummary start(StartRequest request) {
        PreparedDataset data = datasets.get(request.datasetId());
        RunOptions options = request.options() == null ? RunOptions.none() : request.options();
        TrainingSettings effective = options.applyTo(request.document().training());
        TaskKind task = TaskKind.ofGraph(request.document());
        List<String> problems = RunOptionsValidator.problems(effective, options.earlyStopping(), task);
        if (!problems.isEmpty()) {
            throw new TrainingRejectedException(problems);
        }
        GraphDocument snapshot = request.document().withTraining(effective);
        Hyperparameters hyperparameters = Hyperparameters.of(effective, options.earlyStopping());
        PlannedRun planned = plannerFor(task).plan(snapshot, data, task);
        long owner = access.requireCaller();
        RunSummary queued = recorder.create(owner, request.graphId(), request.graphVersion(), snapshot, data.id(),
                hyperparameters, task);
        return queue.enqueue(planned.job(queued.id(), hyperparameters, false), queued);
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
        if (queue.isActive(runId)) {
            throw new TrainingRejectedException(List.of("Run #" + runId
                    + " is still stopping; try again in a moment."));
        }
        RunSnapshot snapshot = RunSnapshot.of(run);
        PreparedDataset data = datasets.get(run.getDatasetId());
        TaskKind task = run.getTask() == null ? TaskKind.ofGraph(snapshot.graph()) : TaskKind.valueOf(run.getTask());
        RunPlanner planner = plannerFor(task);
        PlannedRun planned = planner.plan(snapshot.graph(), data, task);
        RunSummary queued = recorder.requeue(runId, planner.prepareResume(runId));
        return queue.enqueue(planned.job(runId, snapshot.hyperparameters(), true), queued);
    }

    /** Stops a queued or running run before its next minibatch; a finished run is left as it is. */
    public void cancel(long runId) {
        access.accessible(runId);
        queue.cancel(runId);
    }

    /**
     * Deletes a finished run: its row, metrics and results in H2, and its folder of model files.
     *
     * @throws TrainingRejectedException while the run is queued or running (cancel it first)
     */
    public void delete(long runId) {
        access.accessible(runId);
        if (queue.isActive(runId)) {
            throw new TrainingRejectedException(List.of("Run #" + runId
                    + " is still queued or running: cancel it first, then delete it."));
        }
        if (!recorder.delete(runId)) {
            throw new RunNotFoundException(runId);
        }
        // Files after the row: a failure here leaves an orphaned folder, never a run whose model is missing.
        files.delete(runId);
        springEvents.publishEvent(new RunDeletedEvent(runId));
    }

    private RunPlanner plannerFor(TaskKind task) {
        return task == TaskKind.GAN ? gans : plain;
    }
}

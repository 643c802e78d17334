package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.GraphDatasetFit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunEpochMetricRepository;
import dev.deepcanvas.db.run.RunIterationMetricRepository;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.compile.CompiledGraph;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.graph.compile.InvalidGraphException;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphFormatException;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.document.TrainingSettings;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts, queues, cancels, resumes and deletes training runs. Runs execute on a small bounded pool off the UI
 * threads (one worker by default: on two cores a second concurrent run only slows both down), in the order they
 * were started.
 */
@Service
public class TrainingService {

    private static final Logger log = LoggerFactory.getLogger(TrainingService.class);

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

    private final RunRepository runs;
    private final RunEpochMetricRepository epochMetrics;
    private final RunIterationMetricRepository iterationMetrics;
    private final JobCollaborators jobServices;
    private final DatasetLookup datasets;
    private final ApplicationEventPublisher springEvents;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final RunAccess access;
    private final GraphCompiler compiler = new GraphCompiler();
    private final ThreadPoolExecutor executor;
    private final Map<Long, RunJob> activeJobs = new ConcurrentHashMap<>();

    public TrainingService(RunRepository runs, RunEpochMetricRepository epochMetrics,
                           RunIterationMetricRepository iterationMetrics, JobCollaborators jobServices,
                           DatasetLookup datasets, ApplicationEventPublisher springEvents, TransactionTemplate tx,
                           Clock clock, RunAccess access,
                           @Value("${deepcanvas.training.workers:1}") int workers,
                           @Value("${deepcanvas.training.queue-capacity:20}") int queueCapacity) {
        this.runs = runs;
        this.epochMetrics = epochMetrics;
        this.iterationMetrics = iterationMetrics;
        this.jobServices = jobServices;
        this.datasets = datasets;
        this.springEvents = springEvents;
        this.tx = tx;
        this.clock = clock;
        this.access = access;
        AtomicInteger threadNumber = new AtomicInteger();
        // A FIFO queue in front of the workers: runs start in the order they were queued.
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity), r -> {
            // Each worker sets its own native thread count first: OpenMP keeps that setting per thread.
            Thread thread = new Thread(() -> {
                NativeBackend.limitThreadsOfCallingThread();
                r.run();
            }, "training-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
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
        if (task == TaskKind.GAN) {
            GanPlanner.Checked gan = GanPlanner.check(snapshot, data);
            RunEntity run = store(request, snapshot, data, hyperparameters, effective, task);
            return enqueue(new GanTrainingJob(gan.plan(run.getId(), data, hyperparameters), jobServices),
                    RunSummary.of(run));
        }
        CompiledGraph compiled = compile(snapshot);
        GraphDatasetFit fit = GraphDatasetFit.check(snapshot, data.descriptor());
        if (!fit.fits()) {
            throw new TrainingRejectedException(fit.problems());
        }
        RunEntity run = store(request, snapshot, data, hyperparameters, effective, task);
        RunSummary queued = RunSummary.of(run);
        return enqueue(new RunPlan(run.getId(), compiled, data, GraphArrays.of(fit, compiled), hyperparameters, task,
                false), queued);
    }

    /** Stores the run's immutable snapshot, owned by the caller (who must be signed in). */
    private RunEntity store(StartRequest request, GraphDocument snapshot, PreparedDataset data,
                            Hyperparameters hyperparameters, TrainingSettings effective, TaskKind task) {
        long owner = access.requireCaller();
        return tx.execute(status -> {
            RunEntity entity = new RunEntity(request.graphId(), request.graphVersion(), snapshot.name(),
                    GraphJson.write(snapshot), data.id(), hyperparameters.toJson(), effective.seed(), effective.epochs(),
                    clock.instant(), task.name());
            entity.assignOwner(owner);
            return runs.save(entity);
        });
    }

    /**
     * Continues an interrupted run from its last end-of-epoch checkpoint (from the start when it was interrupted
     * before its first epoch ended), with exactly the snapshot it started with.
     *
     * @throws RunNotFoundException      when there is no such run
     * @throws TrainingRejectedException when the run is not interrupted, or its dataset is gone
     */
    public RunSummary resume(long runId) {
        RunEntity run = access.accessible(runId);
        if (run.getStatus() != RunStatus.INTERRUPTED) {
            throw new TrainingRejectedException(List.of("Run #" + runId + " is " + run.getStatus().name()
                    .toLowerCase(java.util.Locale.ROOT) + "; only interrupted runs can be resumed. Start a new run "
                    + "to train again."));
        }
        if (activeJobs.containsKey(runId)) {
            throw new TrainingRejectedException(List.of("Run #" + runId + " is still stopping; try again in a moment."));
        }
        RunSnapshot snapshot = snapshotOf(run);
        PreparedDataset data = datasets.get(run.getDatasetId());
        TaskKind task = run.getTask() == null ? TaskKind.ofGraph(snapshot.graph()) : TaskKind.valueOf(run.getTask());
        if (task == TaskKind.GAN) {
            // No checkpoint: the GAN trains again from the start, so its old epochs and grids are dropped.
            GanPlanner.Checked gan = GanPlanner.check(snapshot.graph(), data);
            jobServices.files().deleteGanSamples(runId);
            RunSummary queued = jobServices.recorder().requeue(runId, 0);
            return enqueue(new GanTrainingJob(gan.plan(runId, data, snapshot.hyperparameters()), jobServices),
                    queued);
        }
        CompiledGraph compiled = compile(snapshot.graph());
        GraphDatasetFit fit = GraphDatasetFit.check(snapshot.graph(), data.descriptor());
        if (!fit.fits()) {
            throw new TrainingRejectedException(fit.problems());
        }
        int checkpointEpoch = jobServices.checkpoints().readState(runId).map(Checkpoint::epoch).orElse(0);
        RunSummary queued = jobServices.recorder().requeue(runId, checkpointEpoch);
        return enqueue(new RunPlan(runId, compiled, data, GraphArrays.of(fit, compiled), snapshot.hyperparameters(),
                task, true), queued);
    }

    /** Stops a queued or running run before its next minibatch; a finished run is left as it is. */
    public void cancel(long runId) {
        access.accessible(runId);
        RunJob job = activeJobs.get(runId);
        if (job != null) {
            job.cancel();
        }
    }

    /**
     * Deletes a finished run: its row, metrics and results in H2, and its folder of model files.
     *
     * @throws TrainingRejectedException while the run is queued or running (cancel it first)
     */
    public void delete(long runId) {
        access.accessible(runId);
        if (activeJobs.containsKey(runId)) {
            throw new TrainingRejectedException(List.of("Run #" + runId
                    + " is still queued or running: cancel it first, then delete it."));
        }
        Boolean existed = tx.execute(s -> {
            if (!runs.existsById(runId)) {
                return false;
            }
            runs.deleteById(runId);
            return true;
        });
        if (!Boolean.TRUE.equals(existed)) {
            throw new RunNotFoundException(runId);
        }
        // Files after the row: a failure here leaves an orphaned folder, never a run whose model is missing.
        jobServices.files().delete(runId);
        springEvents.publishEvent(new RunDeletedEvent(runId));
    }

    /** The caller's runs, newest first. */
    public List<RunSummary> list() {
        long owner = access.requireCaller();
        return tx.execute(s -> runs.findByOwnerIdOrderByCreatedAtDesc(owner).stream().map(RunSummary::of).toList());
    }

    /** A run the caller may see; another user's run is reported absent, exactly like a missing one. */
    public Optional<RunSummary> find(long runId) {
        return tx.execute(s -> runs.findById(runId).filter(access::mayAccess).map(RunSummary::of));
    }

    /** The immutable snapshot of a run: the graph as trained, dataset and hyperparameters. */
    public RunSnapshot snapshot(long runId) {
        return tx.execute(s -> snapshotOf(access.accessible(runId)));
    }

    /** Per-epoch figures of a run, oldest first. */
    public List<EpochMetric> metrics(long runId) {
        if (!access.canSee(runId)) {
            return List.of();
        }
        return tx.execute(s -> epochMetrics.findByRunIdOrderByEpochAsc(runId).stream()
                .map(m -> new EpochMetric(m.getEpoch(), m.getTrainLoss(), m.getValidationAccuracy(),
                        m.getValidationLoss(), m.getValidationMetric()))
                .toList());
    }

    /** Everything a run's charts draw: sampled iteration losses and the per-epoch figures. */
    public MetricSeries metricSeries(long runId) {
        return tx.execute(s -> {
            RunEntity run = access.accessible(runId);
            TaskKind task = run.getTask() == null ? TaskKind.CLASSIFICATION : TaskKind.valueOf(run.getTask());
            List<IterationMetric> iterations = iterationMetrics.findByRunIdOrderByIterationAsc(runId).stream()
                    .map(m -> new IterationMetric(m.getIteration(), m.getEpoch(), m.getTrainLoss()))
                    .toList();
            return new MetricSeries(runId, task, task.metricName(), iterations, metrics(runId));
        });
    }

    /** Where the trained model of a run is (or will be) stored, beside the database. */
    public Path modelFile(long runId) {
        return jobServices.files().model(runId);
    }

    /** Whether a run is queued or running in this process. */
    public boolean isActive(long runId) {
        return activeJobs.containsKey(runId);
    }

    /**
     * Leaves every queued or running run interrupted, resumable from its checkpoint. The application calls it on
     * the way down; it waits a little so that the runs record their state before the database closes.
     */
    void interruptActiveRuns(long waitMillis) {
        List<RunJob> jobs = new ArrayList<>(activeJobs.values());
        jobs.forEach(RunJob::interrupt);
        long deadline = System.currentTimeMillis() + waitMillis;
        while (!activeJobs.isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @PreDestroy
    void shutdown() {
        interruptActiveRuns(10_000);
        executor.shutdownNow();
    }

    private RunSummary enqueue(RunPlan plan, RunSummary queued) {
        return enqueue(new TrainingJob(plan, jobServices), queued);
    }

    private RunSummary enqueue(RunJob job, RunSummary queued) {
        activeJobs.put(job.runId(), job);
        // Published before the job can start, so watchers never see "running" before "queued".
        jobServices.events().publish(queued.toUpdate());
        try {
            executor.execute(() -> {
                try {
                    job.run();
                } catch (RuntimeException e) {
                    // The job records its own failures; this only guards the pool against a failure to record.
                    log.error("Run {} could not record its outcome", job.runId(), e);
                } finally {
                    activeJobs.remove(job.runId());
                }
            });
        } catch (RejectedExecutionException e) {
            activeJobs.remove(job.runId());
            RunSummary rejected = jobServices.recorder().finish(job.runId(), RunStatus.FAILED,
                    "The training queue is full; wait for a run to finish and try again.");
            jobServices.events().publish(rejected.toUpdate());
            return rejected;
        }
        return queued;
    }

    private CompiledGraph compile(GraphDocument document) {
        try {
            return compiler.compile(document);
        } catch (InvalidGraphException e) {
            throw new TrainingRejectedException(e.problems().stream().map(TrainingService::describe).toList());
        }
    }

    private static RunSnapshot snapshotOf(RunEntity run) {
        try {
            return new RunSnapshot(RunSummary.of(run), GraphJson.parse(run.getGraphDocument()), run.getDatasetId(),
                    Hyperparameters.fromJson(run.getHyperparameters()));
        } catch (GraphFormatException e) {
            throw new IllegalStateException("The stored graph of run " + run.getId() + " is unreadable", e);
        }
    }

    private static String describe(Problem problem) {
        return problem.nodeId() == null ? problem.message() : "Node '" + problem.nodeId() + "': " + problem.message();
    }
}

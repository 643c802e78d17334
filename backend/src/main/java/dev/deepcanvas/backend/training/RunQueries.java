package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.run.RunFiles;
import dev.deepcanvas.backend.training.run.ActiveJobs;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunEpochMetricRepository;
import dev.deepcanvas.db.run.RunIterationMetricRepository;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.worker.WorkerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the pages read about runs: the caller's list, one run, its snapshot and its figures. Only the caller's own
 * runs (and runs from before accounts existed) are visible; another user's run answers exactly like a missing one.
 */
@Service
public class RunQueries {

    private final RunRepository runs;
    private final RunEpochMetricRepository epochMetrics;
    private final RunIterationMetricRepository iterationMetrics;
    private final RunAccess access;
    private final RunFiles files;
    private final ActiveJobs active;
    private final WorkerRepository workers;

    RunQueries(RunRepository runs, RunEpochMetricRepository epochMetrics, RunIterationMetricRepository iterationMetrics,
               RunAccess access, RunFiles files, ActiveJobs active, WorkerRepository workers) {
        this.runs = runs;
        this.epochMetrics = epochMetrics;
        this.iterationMetrics = iterationMetrics;
        this.access = access;
        this.files = files;
        this.active = active;
        this.workers = workers;
    }

    /** The caller's runs, newest first. */
    @Transactional(readOnly = true)
    public List<RunSummary> list() {
        long owner = access.requireCaller();
        return runs.findByOwnerIdOrderByCreatedAtDesc(owner).stream().map(RunSummary::of).toList();
    }

    /** A run the caller may see; another user's run is reported absent, exactly like a missing one. */
    @Transactional(readOnly = true)
    public Optional<RunSummary> find(long runId) {
        return runs.findById(runId).filter(access::mayAccess).map(RunSummary::of);
    }

    /**
     * The immutable snapshot of a run: the graph as trained, dataset and hyperparameters.
     *
     * @throws RunNotFoundException when there is no such run or it is not the caller's
     */
    @Transactional(readOnly = true)
    public RunSnapshot snapshot(long runId) {
        return RunSnapshot.of(access.accessible(runId));
    }

    /** Per-epoch figures of a run, oldest first; none for a run the caller may not see. */
    @Transactional(readOnly = true)
    public List<EpochMetric> metrics(long runId) {
        if (!access.canSee(runId)) {
            return List.of();
        }
        return epochMetrics.findByRunIdOrderByEpochAsc(runId).stream()
                .map(m -> new EpochMetric(m.getEpoch(), m.getTrainLoss(), m.getValidationAccuracy(),
                        m.getValidationLoss(), m.getValidationMetric()))
                .toList();
    }

    /**
     * Everything a run's charts draw: sampled iteration losses and the per-epoch figures.
     *
     * @throws RunNotFoundException when there is no such run or it is not the caller's
     */
    @Transactional(readOnly = true)
    public MetricSeries metricSeries(long runId) {
        RunEntity run = access.accessible(runId);
        TaskKind task = run.getTask() == null ? TaskKind.CLASSIFICATION : TaskKind.valueOf(run.getTask());
        List<IterationMetric> iterations = iterationMetrics.findByRunIdOrderByIterationAsc(runId).stream()
                .map(m -> new IterationMetric(m.getIteration(), m.getEpoch(), m.getTrainLoss()))
                .toList();
        return new MetricSeries(runId, task, task.metricName(), iterations, metrics(runId));
    }

    /** The worker of that id (the one a run's provenance names), as it described itself. */
    @Transactional(readOnly = true)
    public Optional<WorkerDescription> worker(String workerId) {
        return workerId == null ? Optional.empty() : workers.findById(workerId).map(WorkerDescription::of);
    }

    /** Where the trained model of a run is (or will be) stored, in the shared folder. */
    public Path modelFile(long runId) {
        return files.model(runId);
    }

    /** Whether a run is being trained in this process (a run that has ended may still be letting go). */
    public boolean isActive(long runId) {
        return active.isActive(runId);
    }
}

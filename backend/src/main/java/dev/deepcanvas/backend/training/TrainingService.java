package dev.deepcanvas.backend.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.storage.DataDirectory;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunEpochMetricRepository;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.compile.CompiledGraph;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.InvalidGraphException;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Clock;
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
 * Starts, queues and cancels training runs. Runs execute on a small bounded pool off the UI threads
 * (one worker by default: on two cores a second concurrent run only slows both down).
 */
@Service
public class TrainingService {

    /** The start request: which saved graph version is trained, as which document, on which dataset. */
    public record StartRequest(Long graphId, Integer graphVersion, GraphDocument document, String datasetId) {
    }

    private final RunRepository runs;
    private final RunEpochMetricRepository metrics;
    private final RunRecorder recorder;
    private final RunEvents events;
    private final DatasetService datasets;
    private final DataDirectory dataDirectory;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final GraphCompiler compiler = new GraphCompiler();
    private final ThreadPoolExecutor executor;
    private final Map<Long, TrainingJob> activeJobs = new ConcurrentHashMap<>();

    public TrainingService(RunRepository runs, RunEpochMetricRepository metrics, RunRecorder recorder, RunEvents events,
                           DatasetService datasets, DataDirectory dataDirectory, TransactionTemplate tx, Clock clock,
                           @Value("${deepcanvas.training.workers:1}") int workers,
                           @Value("${deepcanvas.training.queue-capacity:20}") int queueCapacity) {
        this.runs = runs;
        this.metrics = metrics;
        this.recorder = recorder;
        this.events = events;
        this.datasets = datasets;
        this.dataDirectory = dataDirectory;
        this.tx = tx;
        this.clock = clock;
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity), r -> {
            Thread thread = new Thread(r, "training-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Validates the graph against the compiler and the dataset, stores the run as queued and hands it to the pool.
     *
     * @throws TrainingRejectedException with messages for the user when the graph cannot be trained as it is
     */
    public RunSummary start(StartRequest request) {
        PreparedDataset data = datasets.get(request.datasetId());
        CompiledGraph compiled;
        try {
            compiled = compiler.compile(request.document());
        } catch (InvalidGraphException e) {
            throw new TrainingRejectedException(e.problems().stream().map(TrainingService::describe).toList());
        }
        List<String> mismatches = DatasetCompatibility.problems(request.document(), data);
        if (!mismatches.isEmpty()) {
            throw new TrainingRejectedException(mismatches);
        }
        RunEntity run = tx.execute(status -> runs.save(new RunEntity(request.graphId(), request.graphVersion(),
                request.document().name(), GraphJson.write(request.document()), data.id(),
                hyperparameters(request.document()), request.document().training().seed(),
                request.document().training().epochs(), clock.instant())));
        TrainingJob job = new TrainingJob(run.getId(), compiled, data, recorder, events, modelFile(run.getId()));
        activeJobs.put(run.getId(), job);
        try {
            executor.execute(() -> {
                try {
                    job.run();
                } finally {
                    activeJobs.remove(job.runId());
                }
            });
        } catch (RejectedExecutionException e) {
            activeJobs.remove(run.getId());
            RunSummary rejected = recorder.finish(run.getId(), RunStatus.FAILED,
                    "The training queue is full; wait for a run to finish and try again.", null);
            events.publish(rejected.toUpdate());
            return rejected;
        }
        RunSummary queued = RunSummary.of(run);
        events.publish(queued.toUpdate());
        return queued;
    }

    /** Stops a queued or running run at its next epoch boundary; a finished run is left as it is. */
    public void cancel(long runId) {
        TrainingJob job = activeJobs.get(runId);
        if (job != null) {
            job.cancel();
        }
    }

    public List<RunSummary> list() {
        return tx.execute(s -> runs.findAllByOrderByCreatedAtDesc().stream().map(RunSummary::of).toList());
    }

    public Optional<RunSummary> find(long runId) {
        return tx.execute(s -> runs.findById(runId).map(RunSummary::of));
    }

    public List<EpochMetric> metrics(long runId) {
        return tx.execute(s -> metrics.findByRunIdOrderByEpochAsc(runId).stream()
                .map(m -> new EpochMetric(m.getEpoch(), m.getTrainLoss(), m.getValidationAccuracy()))
                .toList());
    }

    /** Where the trained model of a run is (or will be) stored, beside the database. */
    public Path modelFile(long runId) {
        return dataDirectory.models().resolve("run-" + runId + ".zip");
    }

    @PreDestroy
    void shutdown() {
        activeJobs.values().forEach(TrainingJob::cancel);
        executor.shutdownNow();
    }

    private String hyperparameters(GraphDocument document) {
        try {
            return json.writeValueAsString(document.training());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Training settings are not serialisable", e);
        }
    }

    private static String describe(Problem problem) {
        return problem.nodeId() == null ? problem.message() : "Node '" + problem.nodeId() + "': " + problem.message();
    }
}

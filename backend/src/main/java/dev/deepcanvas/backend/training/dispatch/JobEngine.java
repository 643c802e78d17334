package dev.deepcanvas.backend.training.dispatch;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.deepcanvas.backend.node.Deployment;
import dev.deepcanvas.backend.node.NodeIdentity;
import dev.deepcanvas.backend.training.run.ActiveJobs;
import dev.deepcanvas.backend.training.run.JobOutcome;
import dev.deepcanvas.backend.training.run.RunSlots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The queue of runs, kept by db-scheduler in the database (table {@code scheduled_tasks}; docs/deployment.md says why
 * this engine). Every role queues through it, so a single process and a cluster run the same code: a web node only
 * adds runs; a worker (or a single process) also takes them, at most {@link RunSlots} at a time, each on a training
 * thread of its own, and keeps a heartbeat on the ones it trains. A worker that stops beating loses its runs after
 * the lease ({@link JobEngineSettings}); the engine of another worker then finds them and puts them back in the queue
 * at their old place, and whichever worker takes one continues it from its last checkpoint.
 */
@Component
public class JobEngine implements SmartLifecycle {

    /** The task's name in {@code scheduled_tasks}; each queued run is an instance named by the run's id. */
    static final String TASK = "training-run";

    private static final Logger log = LoggerFactory.getLogger(JobEngine.class);
    /** How long a stopping process gives its jobs to record their state (or hand their runs back). */
    private static final long STOP_WAIT_MILLIS = 15_000;

    private final CustomTask<Void> task;
    private final SchedulerClient client;
    private final Scheduler scheduler;
    private final JdbcTemplate jdbc;
    private final Deployment deployment;
    private final ActiveJobs active;
    private final StopRequestWatcher watcher;
    private final WorkerRegistry workers;
    private final RunExecutor executor;
    private final int slots;
    private final Clock clock;
    private final AtomicInteger busy = new AtomicInteger();
    private Instant lastQueued = Instant.EPOCH;
    private volatile boolean running;

    JobEngine(DataSource dataSource, Deployment deployment, NodeIdentity node, JobEngineSettings settings,
              RunSlots slots, RunExecutor executor, ActiveJobs active, StopRequestWatcher watcher,
              WorkerRegistry workers, Clock clock) {
        this.deployment = deployment;
        this.active = active;
        this.watcher = watcher;
        this.workers = workers;
        this.executor = executor;
        this.slots = slots.count();
        this.clock = clock;
        this.jdbc = new JdbcTemplate(dataSource);
        this.task = Tasks.custom(TASK, Void.class)
                // The executor records every failure of a run itself; an exception here is a bug, not to be retried.
                .onFailure(JobEngine::dropAfterFailure)
                .onDeadExecution(JobEngine::backToItsPlace)
                .execute(this::execute);
        // Queueing joins the caller's transaction, so a run is stored and queued together or not at all.
        DataSource transactional = new TransactionAwareDataSourceProxy(dataSource);
        if (deployment.trains()) {
            var builder = Scheduler.create(transactional, task)
                    .schedulerName(new SchedulerName.Fixed(node.id()))
                    .threads(this.slots)
                    .executorService(trainingThreads(this.slots))
                    .pollingInterval(settings.pollInterval())
                    .heartbeatInterval(settings.heartbeat())
                    .missedHeartbeatsLimit(settings.missedHeartbeatsBeforeDead())
                    .shutdownMaxWait(Duration.ofMillis(STOP_WAIT_MILLIS))
                    .failureLogging(LogLevel.WARN, true);
            // PostgreSQL claims with one SELECT ... FOR UPDATE SKIP LOCKED, and only as many runs as there are free
            // threads; H2 (one process) picks each candidate with an optimistic update just before it runs.
            this.scheduler = deployment.clustered() ? builder.pollUsingLockAndFetch(0.5, 1.0).build()
                    : builder.pollUsingFetchAndLockOnExecute(0.5, 1.0).build();
            this.client = scheduler;
        } else {
            this.scheduler = null;
            this.client = SchedulerClient.Builder.create(transactional, task).build();
        }
    }

    /**
     * Queues a run, inside the caller's transaction (the one that stores the run as queued). Runs are taken in the
     * order they were queued. A process that trains looks for it as soon as the transaction commits.
     */
    public void enqueue(long runId) {
        client.schedule(task.instance(String.valueOf(runId)), nextExecutionTime());
        if (scheduler != null && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduler.triggerCheckForDueExecutions();
                }
            });
        } else if (scheduler != null) {
            scheduler.triggerCheckForDueExecutions();
        }
    }

    /**
     * Takes a run that no worker has picked out of the queue (it was cancelled before it started). A run a worker
     * already holds stays: the worker finds it cancelled and lets it go.
     */
    public void withdraw(long runId) {
        try {
            client.cancel(TaskInstanceId.of(TASK, String.valueOf(runId)));
        } catch (TaskInstanceCurrentlyExecutingException | TaskInstanceNotFoundException e) {
            log.debug("Run {} was not withdrawn from the queue: {}", runId, e.getMessage());
        }
    }

    /**
     * Empties the queue. Only for a single process at start-up, when nothing can be training: whatever the queue
     * holds was left by a previous process, whose runs are marked interrupted instead.
     */
    public int forgetQueued() {
        return jdbc.update("DELETE FROM scheduled_tasks WHERE task_name = ?", TASK);
    }

    @Override
    public void start() {
        if (scheduler != null) {
            if (deployment.clustered()) {
                workers.register();
            }
            watcher.start();
            scheduler.start();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler == null) {
            return;
        }
        scheduler.pause();
        active.close(STOP_WAIT_MILLIS);
        scheduler.stop();
        watcher.stop();
        workers.unregister();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Runs the run on this engine's training thread; the engine's next step depends on how the job left it. */
    private CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext context) {
        long runId = Long.parseLong(instance.getId());
        if (busy.incrementAndGet() >= slots) {
            // Every training thread is busy: stop looking for queued runs until one is free.
            scheduler.pause();
        }
        JobOutcome outcome;
        try {
            outcome = executor.execute(runId);
        } finally {
            if (busy.decrementAndGet() < slots && running) {
                scheduler.resume();
            }
        }
        return switch (outcome) {
            case ENDED -> (complete, operations) -> operations.remove();
            case HANDED_BACK -> JobEngine::backToItsPlace;
            // Nothing to do: the run belongs to whichever worker holds its claim, or comes back to the queue when
            // this worker's lease on it expires.
            case ABANDONED -> (complete, operations) -> {
            };
        };
    }

    /** Back to the queue at the place it had: a run that was already started goes before the runs queued after it. */
    private static void backToItsPlace(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        log.info("Run {} goes back to the queue (its worker {} let go of it or stopped beating)",
                complete.getExecution().taskInstance.getId(), complete.getExecution().pickedBy);
        operations.reschedule(complete, complete.getExecution().executionTime);
    }

    private static void dropAfterFailure(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        log.error("The job engine's handler of run {} failed; the run leaves the queue",
                complete.getExecution().taskInstance.getId(), complete.getCause().orElse(null));
        operations.remove();
    }

    /** Strictly increasing times in this process, so that runs queued in one millisecond keep their order. */
    private synchronized Instant nextExecutionTime() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        lastQueued = now.isAfter(lastQueued) ? now : lastQueued.plus(1, ChronoUnit.MICROS);
        return lastQueued;
    }

    private static ExecutorService trainingThreads(int count) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(count, r -> {
            Thread thread = new Thread(r, "training-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}

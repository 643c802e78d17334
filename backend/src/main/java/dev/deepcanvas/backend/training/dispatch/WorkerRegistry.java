package dev.deepcanvas.backend.training.dispatch;

import dev.deepcanvas.backend.node.Deployment;
import dev.deepcanvas.backend.node.NodeIdentity;
import dev.deepcanvas.backend.training.run.RunSlots;
import dev.deepcanvas.backend.training.run.TrainingEnvironment;
import dev.deepcanvas.db.worker.WorkerEntity;
import dev.deepcanvas.db.worker.WorkerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * This process in the workers table: what it is (version, ND4J back end, cores, runs at once, native threads, host)
 * and that it is alive (last seen, refreshed every heartbeat). The row stays after the worker stops, so runs keep
 * naming the worker that trained them. A worker of a cluster registers as it starts; a single process when it first
 * trains, so that starting the app does not wait for ND4J's native libraries to load.
 */
@Component
public class WorkerRegistry {

    private static final Logger log = LoggerFactory.getLogger(WorkerRegistry.class);

    private final WorkerRepository workers;
    private final NodeIdentity node;
    private final Deployment deployment;
    private final TrainingEnvironment environment;
    private final RunSlots slots;
    private final JobEngineSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;
    private ScheduledExecutorService heartbeat;
    private volatile boolean registered;
    private boolean databaseAway;

    WorkerRegistry(WorkerRepository workers, NodeIdentity node, Deployment deployment, TrainingEnvironment environment,
                   RunSlots slots, JobEngineSettings settings, TransactionTemplate tx, Clock clock) {
        this.workers = workers;
        this.node = node;
        this.deployment = deployment;
        this.environment = environment;
        this.slots = slots;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    /** Writes this worker's row, once, and starts refreshing its last-seen time. */
    public synchronized void register() {
        if (registered) {
            return;
        }
        WorkerEntity row = new WorkerEntity(node.id(), node.host(), deployment.role().key(), environment.appVersion(),
                environment.backend(), Runtime.getRuntime().availableProcessors(), slots.count(),
                slots.threadsPerRun(), clock.instant());
        tx.executeWithoutResult(s -> workers.save(row));
        registered = true;
        log.info("Registered as worker {}: DeepCanvas {}, {}, {} cores, {} run(s) at once", node.id(),
                row.getAppVersion(), row.getNd4jBackend(), row.getCores(), row.getRunsAtOnce());
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "worker-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::touch, every, every, TimeUnit.MILLISECONDS);
    }

    /** Marks this worker stopped; its row stays for the runs that name it. */
    public synchronized void unregister() {
        if (!registered) {
            return;
        }
        heartbeat.shutdownNow();
        try {
            tx.executeWithoutResult(s -> workers.findById(node.id()).ifPresent(w -> w.stopped(clock.instant())));
        } catch (RuntimeException e) {
            log.warn("Could not mark worker {} stopped: {}", node.id(), e.getMessage());
        }
        registered = false;
    }

    /**
     * Refreshes the last-seen time. The job engine's own heartbeat decides about claims; this one says the worker is
     * alive, and is where the operator reads, in one line each way, that the database went away and came back.
     */
    private void touch() {
        try {
            tx.executeWithoutResult(s -> workers.touch(node.id(), clock.instant()));
            if (databaseAway) {
                databaseAway = false;
                log.warn("The database answers again; worker {} carries on", node.id());
            }
        } catch (RuntimeException e) {
            if (!databaseAway) {
                databaseAway = true;
                log.warn("Worker {} cannot reach the database ({}); its runs pause at their next write until it "
                        + "answers again", node.id(), e.getMessage());
            }
        }
    }
}

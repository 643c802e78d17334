package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.graph.dl4j.CoreBudget;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The training pool: runs execute on a small bounded pool off the UI threads (one worker by default: on two cores a
 * second concurrent run only slows both down), in the order they were queued. It knows which runs are queued or
 * running in this process, so that they can be cancelled, and leaves them interrupted when the application stops.
 */
@Component
public class RunQueue {

    private static final Logger log = LoggerFactory.getLogger(RunQueue.class);

    private final RunEvents events;
    private final RunRecorder recorder;
    private final ThreadPoolExecutor executor;
    private final Map<Long, RunJob> activeJobs = new ConcurrentHashMap<>();

    RunQueue(RunEvents events, RunRecorder recorder,
             @Value("${deepcanvas.training.workers:1}") int workers,
             @Value("${deepcanvas.training.queue-capacity:20}") int queueCapacity) {
        this.events = events;
        this.recorder = recorder;
        AtomicInteger threadNumber = new AtomicInteger();
        // A FIFO queue in front of the workers: runs start in the order they were queued.
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity), r -> {
            // Each worker takes its share of the cores first (OpenMP keeps its setting per thread): all of them when
            // one run trains at a time, an even share when several do.
            int threadsPerRun = CoreBudget.of(workers).threadsPerRun();
            Thread thread = new Thread(() -> {
                NativeBackend.limitThreadsOfCallingThread(threadsPerRun);
                r.run();
            }, "training-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Hands a job to the pool; {@code queued} is the run as stored, announced before the job can start so that
     * watchers never see "running" before "queued".
     *
     * @return the queued run, or the run failed with the reason when the queue is full
     */
    public RunSummary enqueue(RunJob job, RunSummary queued) {
        activeJobs.put(job.runId(), job);
        events.publish(queued.toUpdate());
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
            RunSummary rejected = recorder.finish(job.runId(), RunStatus.FAILED,
                    "The training queue is full; wait for a run to finish and try again.");
            events.publish(rejected.toUpdate());
            return rejected;
        }
        return queued;
    }

    /** Asks a queued or running run to stop before its next minibatch; nothing happens for any other run. */
    public void cancel(long runId) {
        RunJob job = activeJobs.get(runId);
        if (job != null) {
            job.cancel();
        }
    }

    /** Whether a run is queued or running in this process. */
    public boolean isActive(long runId) {
        return activeJobs.containsKey(runId);
    }

    /**
     * Leaves every queued or running run interrupted, resumable from its checkpoint. The application calls it on
     * the way down; it waits a little so that the runs record their state before the database closes.
     */
    public void interruptActiveRuns(long waitMillis) {
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
}

package dev.deepcanvas.backend.training.run;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runs this process is training right now, one job per training thread of the job engine. It passes cancel and
 * shutdown requests to them, and stops the jobs whose run another worker has taken over.
 */
@Component
public class ActiveJobs {

    private final Map<Long, RunJob> jobs = new ConcurrentHashMap<>();
    private volatile boolean closing;

    /** A job starts training on the calling thread; once this process is stopping, it is asked to stop at once. */
    public void started(RunJob job) {
        jobs.put(job.runId(), job);
        if (closing) {
            job.interrupt();
        }
    }

    /** The job has returned; the run is no longer trained here. */
    public void ended(RunJob job) {
        jobs.remove(job.runId(), job);
    }

    /** Asks a run trained here to stop before its next minibatch; nothing happens for any other run. */
    public void cancel(long runId) {
        find(runId).ifPresent(RunJob::cancel);
    }

    /** Stops training a run that is no longer this worker's, writing nothing more. */
    public void abandon(long runId) {
        find(runId).ifPresent(RunJob::abandon);
    }

    /** Whether a run is being trained in this process. */
    public boolean isActive(long runId) {
        return jobs.containsKey(runId);
    }

    public Optional<RunJob> find(long runId) {
        return Optional.ofNullable(jobs.get(runId));
    }

    /** The jobs training now, for the watcher that passes on stop requests from the database. */
    public List<RunJob> all() {
        return new ArrayList<>(jobs.values());
    }

    public int count() {
        return jobs.size();
    }

    /**
     * This process stops training: every job now, and any job that starts from here on, is asked to stop as for
     * {@link #interruptActiveRuns}.
     */
    public void close(long waitMillis) {
        closing = true;
        interruptActiveRuns(waitMillis);
    }

    /**
     * Asks every job to stop because this process stops: a single process leaves its runs interrupted, resumable
     * from their checkpoints; a worker of a cluster gives them back to the queue. Waits a little so that the runs
     * record their state before the database closes.
     */
    public void interruptActiveRuns(long waitMillis) {
        all().forEach(RunJob::interrupt);
        long deadline = System.currentTimeMillis() + waitMillis;
        while (!jobs.isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

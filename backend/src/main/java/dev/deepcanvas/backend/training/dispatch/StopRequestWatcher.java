package dev.deepcanvas.backend.training.dispatch;

import dev.deepcanvas.backend.training.run.ActiveJobs;
import dev.deepcanvas.backend.training.run.RunJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Carries what web nodes ask of the runs this worker trains, through the database: twice a second, while it trains
 * anything, it reads those runs' rows and cancels the ones the user cancelled (on whichever web node), and stops,
 * without writing, the ones another worker has taken over. One indexed read per half second and worker; nothing
 * while the worker is idle.
 */
@Component
class StopRequestWatcher {

    static final long INTERVAL_MILLIS = 500;

    private static final Logger log = LoggerFactory.getLogger(StopRequestWatcher.class);
    private static final String READ = "SELECT id, claim, stop_requested FROM training_runs WHERE id IN (:ids)";

    private final ActiveJobs active;
    private final NamedParameterJdbcTemplate jdbc;
    private ScheduledExecutorService timer;

    StopRequestWatcher(ActiveJobs active, NamedParameterJdbcTemplate jdbc) {
        this.active = active;
        this.jdbc = jdbc;
    }

    synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "run-stop-watcher");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    void check() {
        List<RunJob> jobs = active.all();
        if (jobs.isEmpty()) {
            return;
        }
        Map<Long, Row> rows = new HashMap<>();
        try {
            jdbc.query(READ, Map.of("ids", jobs.stream().map(RunJob::runId).toList()), rs -> {
                rows.put(rs.getLong("id"), new Row(rs.getInt("claim"), rs.getBoolean("stop_requested")));
            });
        } catch (RuntimeException e) {
            // The database is away; the jobs notice themselves when they next write. Try again next time.
            log.debug("Could not read the stop requests of this worker's runs: {}", e.getMessage());
            return;
        }
        for (RunJob job : jobs) {
            Row row = rows.get(job.runId());
            if (row == null || row.claim() != job.claim().number()) {
                log.info("Run {} was {}; this worker stops training it", job.runId(),
                        row == null ? "deleted" : "taken over by another worker");
                job.abandon();
            } else if (row.stopRequested()) {
                job.cancel();
            }
        }
    }

    private record Row(int claim, boolean stopRequested) {
    }
}

package dev.deepcanvas.backend.training;

import dev.deepcanvas.db.worker.WorkerEntity;

import java.time.Instant;

/**
 * A worker as it described itself when it started: where it runs, which DeepCanvas and ND4J back end, how many cores,
 * how many runs it trains at once with how many native threads each, and when it was last seen alive.
 *
 * @param stoppedAt when it stopped cleanly; null while it runs (or when it died without stopping)
 */
public record WorkerDescription(String id, String host, String role, String appVersion, String backend, int cores,
                                int runsAtOnce, int nativeThreads, Instant startedAt, Instant lastSeenAt,
                                Instant stoppedAt) {

    static WorkerDescription of(WorkerEntity worker) {
        return new WorkerDescription(worker.getId(), worker.getHost(), worker.getRole(), worker.getAppVersion(),
                worker.getNd4jBackend(), worker.getCores(), worker.getRunsAtOnce(), worker.getNativeThreads(),
                worker.getStartedAt(), worker.getLastSeenAt(), worker.getStoppedAt());
    }

    /** One line: "host vm · 2 cores · 1 run at once · 1 native thread each". */
    public String summary() {
        return "host " + host + " · " + cores + " core" + (cores == 1 ? "" : "s") + " · " + runsAtOnce + " run"
                + (runsAtOnce == 1 ? "" : "s") + " at once · " + nativeThreads + " native thread"
                + (nativeThreads == 1 ? "" : "s") + " each";
    }
}

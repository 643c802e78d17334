package dev.deepcanvas.backend.training.dispatch;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The job engine's timing. The lease ({@code deepcanvas.cluster.lease}, 30 s) is how long a worker's claim on a run
 * outlives its last heartbeat: a worker that dies (kill -9, power loss) loses its runs that long after its last
 * heartbeat, and another worker takes them over. Workers beat {@value #HEARTBEATS_PER_LEASE} times per lease, so a
 * few lost heartbeats (a database restart, a long garbage collection) never cost a live worker its runs. Idle
 * workers look for queued runs every {@code deepcanvas.cluster.poll-interval} (0.5 s), which bounds how long a queued
 * run waits for a free worker.
 */
@Component
public class JobEngineSettings {

    static final int HEARTBEATS_PER_LEASE = 10;

    private final Duration lease;
    private final Duration pollInterval;

    JobEngineSettings(@Value("${deepcanvas.cluster.lease:PT30S}") Duration lease,
                      @Value("${deepcanvas.cluster.poll-interval:PT0.5S}") Duration pollInterval) {
        if (lease.toMillis() < HEARTBEATS_PER_LEASE * 100L) {
            throw new IllegalArgumentException("deepcanvas.cluster.lease must be at least 1 s, not " + lease + ".");
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("deepcanvas.cluster.poll-interval must be positive, not "
                    + pollInterval + ".");
        }
        this.lease = lease;
        this.pollInterval = pollInterval;
    }

    public Duration lease() {
        return lease;
    }

    public Duration heartbeat() {
        return lease.dividedBy(HEARTBEATS_PER_LEASE);
    }

    public int missedHeartbeatsBeforeDead() {
        return HEARTBEATS_PER_LEASE;
    }

    public Duration pollInterval() {
        return pollInterval;
    }
}

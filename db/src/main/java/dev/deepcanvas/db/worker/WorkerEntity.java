package dev.deepcanvas.db.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A process that trains runs (role worker, or all), as it described itself when it started: what it runs and on
 * what. {@code lastSeenAt} is refreshed while it lives; the row stays after it stops, so runs keep naming it.
 */
@Entity
@Table(name = "workers")
public class WorkerEntity {

    @Id
    @Column(length = 50)
    private String id;

    @Column(nullable = false, length = 200)
    private String host;

    @Column(nullable = false, length = 10)
    private String role;

    @Column(name = "app_version", nullable = false, length = 50)
    private String appVersion;

    @Column(name = "nd4j_backend", nullable = false, length = 200)
    private String nd4jBackend;

    @Column(nullable = false)
    private int cores;

    @Column(name = "runs_at_once", nullable = false)
    private int runsAtOnce;

    @Column(name = "native_threads", nullable = false)
    private int nativeThreads;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    protected WorkerEntity() {
    }

    public WorkerEntity(String id, String host, String role, String appVersion, String nd4jBackend, int cores,
                        int runsAtOnce, int nativeThreads, Instant startedAt) {
        this.id = id;
        this.host = host;
        this.role = role;
        this.appVersion = appVersion;
        this.nd4jBackend = nd4jBackend;
        this.cores = cores;
        this.runsAtOnce = runsAtOnce;
        this.nativeThreads = nativeThreads;
        this.startedAt = startedAt;
        this.lastSeenAt = startedAt;
    }

    public void stopped(Instant now) {
        this.lastSeenAt = now;
        this.stoppedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getHost() {
        return host;
    }

    public String getRole() {
        return role;
    }

    public String getAppVersion() {
        return appVersion;
    }

    public String getNd4jBackend() {
        return nd4jBackend;
    }

    public int getCores() {
        return cores;
    }

    public int getRunsAtOnce() {
        return runsAtOnce;
    }

    public int getNativeThreads() {
        return nativeThreads;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }
}

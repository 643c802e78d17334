package dev.deepcanvas.backend.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepcanvas.backend.node.Deployment;
import dev.deepcanvas.backend.node.NodeIdentity;
import dev.deepcanvas.backend.training.RunDeletedEvent;
import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.RunUpdate;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Carries run updates between the nodes of a cluster through PostgreSQL's LISTEN/NOTIFY, so that a page open on any
 * web node follows a run trained on any worker: each node sends what it publishes (status changes and epochs at
 * once, iteration progress at most once a second per run) and each node that serves pages listens on one connection
 * of its own and hands what it hears to its watchers. Notifications are not stored: a web node that lost its
 * connection catches up, once back, by re-reading the runs that were active or ended meanwhile. A single process
 * (embedded H2) has nobody to tell, and does none of this.
 */
@Component
public class RunUpdateRelay implements SmartLifecycle {

    static final String CHANNEL = "deepcanvas_runs";

    private static final Logger log = LoggerFactory.getLogger(RunUpdateRelay.class);
    private static final long PROGRESS_INTERVAL_MILLIS = 1_000;
    private static final int LISTEN_WAIT_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 1_000;
    private static final long SUMMARY_MILLIS = 60_000;

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Deployment deployment;
    private final NodeIdentity node;
    private final RunEvents events;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final RunRepository runs;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher springEvents;
    private final Clock clock;
    private final Map<Long, RunUpdate> lastSent = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastSentAt = new ConcurrentHashMap<>();
    private final RelayDelays delays = new RelayDelays();
    private ThreadPoolExecutor sender;
    private RunEvents.Subscription outbound;
    private Thread listener;
    private volatile boolean running;

    RunUpdateRelay(Deployment deployment, NodeIdentity node, RunEvents events, DataSource dataSource,
                   RunRepository runs, TransactionTemplate tx, ApplicationEventPublisher springEvents, Clock clock) {
        this.deployment = deployment;
        this.node = node;
        this.events = events;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.runs = runs;
        this.tx = tx;
        this.springEvents = springEvents;
        this.clock = clock;
    }

    @Override
    public void start() {
        if (!deployment.clustered()) {
            return;
        }
        running = true;
        // One sender, never blocking the training thread: if the database is away, updates queue up to a point and
        // then the oldest progress is dropped (the next epoch or status change says everything that matters).
        sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1_000), r -> {
            Thread thread = new Thread(r, "run-relay-sender");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.DiscardOldestPolicy());
        outbound = events.relayTo(this::send);
        if (deployment.role().servesPages()) {
            listener = new Thread(this::listen, "run-relay-listener");
            listener.setDaemon(true);
            listener.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (outbound != null) {
            outbound.close();
        }
        if (listener != null) {
            listener.interrupt();
        }
        if (sender != null) {
            sender.shutdown();
            try {
                sender.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the job engine, so the runs a stopping worker hands back are still announced. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }

    @EventListener
    void onRunDeleted(RunDeletedEvent event) {
        if (running && !event.elsewhere()) {
            submit(new RelayMessage(node.id(), clock.millis(), null, event.runId()));
        }
    }

    private void send(RunUpdate update) {
        if (!isNews(update)) {
            return;
        }
        submit(new RelayMessage(node.id(), clock.millis(), update, null));
    }

    /** Status changes and new epochs always; iteration progress at most once a second per run. */
    private boolean isNews(RunUpdate update) {
        RunUpdate previous = lastSent.get(update.runId());
        long now = clock.millis();
        boolean progressOnly = previous != null && previous.status() == update.status()
                && previous.epochsCompleted() == update.epochsCompleted() && update.status() == RunState.RUNNING;
        if (progressOnly && now - lastSentAt.getOrDefault(update.runId(), 0L) < PROGRESS_INTERVAL_MILLIS) {
            return false;
        }
        if (update.status().isTerminal()) {
            lastSent.remove(update.runId());
            lastSentAt.remove(update.runId());
        } else {
            lastSent.put(update.runId(), update);
            lastSentAt.put(update.runId(), now);
        }
        return true;
    }

    private void submit(RelayMessage message) {
        String payload;
        try {
            payload = json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            log.error("Could not write a relay message", e);
            return;
        }
        sender.execute(() -> {
            try {
                jdbc.queryForObject("SELECT pg_notify(?, ?)", Object.class, CHANNEL, payload);
            } catch (RuntimeException e) {
                log.debug("A run update could not be sent to the other nodes: {}", e.getMessage());
            }
        });
    }

    /** The listening loop: one connection of its own, reconnecting (and catching up) whenever it breaks. */
    private void listen() {
        Instant lostAt = null;
        long nextSummary = System.currentTimeMillis() + SUMMARY_MILLIS;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                if (lostAt != null) {
                    log.warn("Listening to the other nodes again; pages catch up with what changed meanwhile");
                    catchUp(lostAt);
                    lostAt = null;
                }
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(LISTEN_WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            receive(notification.getParameter());
                        }
                    }
                    if (System.currentTimeMillis() >= nextSummary) {
                        String summary = delays.drainSummary();
                        if (summary != null) {
                            log.info("Relay in the last minute: {}", summary);
                        }
                        nextSummary = System.currentTimeMillis() + SUMMARY_MILLIS;
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (lostAt == null) {
                    lostAt = clock.instant();
                    log.warn("Lost the connection that listens to the other nodes ({}); trying again every second",
                            e.getMessage());
                }
                try {
                    Thread.sleep(RECONNECT_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void receive(String payload) {
        RelayMessage message;
        try {
            message = json.readValue(payload, RelayMessage.class);
        } catch (JsonProcessingException e) {
            log.warn("Ignored a notification on {} that is not a run update: {}", CHANNEL, e.getOriginalMessage());
            return;
        }
        if (node.id().equals(message.node())) {
            return;
        }
        delays.add(clock.millis() - message.sentAt());
        if (message.deleted() != null) {
            springEvents.publishEvent(new RunDeletedEvent(message.deleted(), true));
        } else if (message.update() != null) {
            events.deliverFromElsewhere(message.update());
        }
    }

    /** What the pages here missed while the connection was down: the runs active now or ended since. */
    private void catchUp(Instant since) {
        List<RunSummary> changed = tx.execute(s -> runs.findActiveOrFinishedSince(
                EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING), since).stream().map(RunSummary::of).toList());
        if (changed != null) {
            changed.forEach(run -> events.deliverFromElsewhere(run.toUpdate()));
        }
    }
}

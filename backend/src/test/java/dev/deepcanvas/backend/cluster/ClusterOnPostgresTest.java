package dev.deepcanvas.backend.cluster;

import dev.deepcanvas.BackendTestApplication;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.account.SignedIn;
import dev.deepcanvas.backend.node.NodeIdentity;
import dev.deepcanvas.backend.training.EpochMetric;
import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.RunUpdate;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.backend.training.run.ActiveJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster's behaviour inside one process on a real PostgreSQL (a database of its own on the server of
 * DEEPCANVAS_TEST_PG_URL): the job engine claims with SKIP LOCKED, a worker that stops hands its run back to the
 * queue instead of leaving it interrupted, and run updates travel between nodes by LISTEN/NOTIFY. Skipped, saying why,
 * without a server; failed under DEEPCANVAS_REQUIRE_PG=1.
 */
@EnabledIf(value = "postgresAvailable", disabledReason = "No PostgreSQL server: DEEPCANVAS_TEST_PG_URL is not set "
        + "(./.ci/test starts one and sets it)")
@SpringBootTest(classes = BackendTestApplication.class, properties = "deepcanvas.training.workers=1")
class ClusterOnPostgresTest {

    private static String databaseUrl;

    @Autowired
    AccountService accounts;
    @Autowired
    Runs helper;
    @Autowired
    RunQueries queries;
    @Autowired
    RunEvents events;
    @Autowired
    ActiveJobs active;
    @Autowired
    NodeIdentity node;
    @Autowired
    JdbcTemplate jdbc;

    static boolean postgresAvailable() {
        if (System.getenv("DEEPCANVAS_TEST_PG_URL") != null) {
            return true;
        }
        if ("1".equals(System.getenv("DEEPCANVAS_REQUIRE_PG"))) {
            throw new IllegalStateException("DEEPCANVAS_REQUIRE_PG=1 but DEEPCANVAS_TEST_PG_URL is not set");
        }
        return false;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        databaseUrl = freshDatabase();
        Path dataDir = Files.createTempDirectory("deepcanvas-cluster-pg-test");
        registry.add("deepcanvas.data-dir", dataDir::toString);
        registry.add("spring.datasource.url", () -> databaseUrl);
        registry.add("spring.datasource.username", () -> System.getenv("DEEPCANVAS_TEST_PG_USER"));
        registry.add("spring.datasource.password", () -> System.getenv("DEEPCANVAS_TEST_PG_PASSWORD"));
    }

    @BeforeEach
    void signIn() {
        SignedIn.as(SignedIn.newAccount(accounts, "cluster"));
    }

    @AfterEach
    void signOut() {
        SignedIn.anonymous();
    }

    @Test
    void aStoppingWorkerHandsItsRunBackAndTheNextClaimContinuesFromTheCheckpoint() throws Exception {
        AtomicBoolean stopped = new AtomicBoolean();
        List<RunUpdate> seen = new CopyOnWriteArrayList<>();
        RunSummary run;
        try (AutoCloseable watch = events.subscribe(seen::add);
             AutoCloseable stop = events.subscribe(u -> {
                 // The worker is shut down (SIGTERM) right after epoch 2 was recorded.
                 if (u.epochsCompleted() == 2 && u.status() == RunState.RUNNING && stopped.compareAndSet(false, true)) {
                     active.interruptActiveRuns(0);
                 }
             })) {
            run = helper.startIris(RunOptions.none().withEpochs(8).withBatchSize(8));
            RunSummary done = helper.awaitTerminal(run.id());

            assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
            assertThat(queries.metrics(run.id())).extracting(EpochMetric::epoch)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 8).boxed().toList());
        }
        // On the way: back in the queue (not interrupted), saying who stopped and where the next worker continues.
        assertThat(seen).filteredOn(u -> u.runId() == run.id() && u.status() == RunState.QUEUED
                        && u.message() != null)
                .extracting(RunUpdate::message).singleElement().asString()
                .startsWith("Worker " + node.id() + " stopped after 2 of 8 epochs")
                .endsWith("the next free worker continues from the checkpoint after epoch 2.");
        assertThat(seen).filteredOn(u -> u.runId() == run.id()).extracting(RunUpdate::status)
                .doesNotContain(RunState.INTERRUPTED);
        assertThat(jdbc.queryForObject("SELECT claim FROM training_runs WHERE id = ?", Integer.class, run.id()))
                .isEqualTo(2);
    }

    @Test
    void runUpdatesTravelBetweenNodesByListenAndNotify() throws Exception {
        List<RunUpdate> delivered = new CopyOnWriteArrayList<>();
        try (Connection listener = connect(); AutoCloseable ignored = events.subscribe(delivered::add)) {
            try (Statement statement = listener.createStatement()) {
                statement.execute("LISTEN " + RunUpdateRelay.CHANNEL);
            }
            // Outbound: what this node publishes reaches another node's connection.
            RunUpdate ours = new RunUpdate(987_001L, RunState.RUNNING, 3, 10, 0.4, 0.9, null);
            events.publish(ours);
            List<String> heard = awaitNotifications(listener.unwrap(PGConnection.class), Duration.ofSeconds(10));
            assertThat(heard).anySatisfy(payload -> assertThat(payload).contains("\"runId\":987001")
                    .contains("\"node\":\"" + node.id() + "\""));

            // Inbound: what another node sends reaches the watchers here, once; this node's own echo does not.
            Instant sent = Instant.now();
            jdbc.queryForObject("SELECT pg_notify(?, ?)", Object.class, RunUpdateRelay.CHANNEL,
                    "{\"node\":\"another-node\",\"sentAt\":" + sent.toEpochMilli() + ",\"update\":{\"runId\":987002,"
                            + "\"status\":\"RUNNING\",\"epochsCompleted\":4,\"epochsPlanned\":10}}");
            Instant deadline = Instant.now().plusSeconds(10);
            while (delivered.stream().noneMatch(u -> u.runId() == 987_002L) && Instant.now().isBefore(deadline)) {
                Thread.sleep(5);
            }
            Duration delay = Duration.between(sent, Instant.now());
            System.out.println("[cluster-pg] NOTIFY from another node → watcher here: " + delay.toMillis() + " ms");
            assertThat(delivered).filteredOn(u -> u.runId() == 987_002L).singleElement()
                    .satisfies(u -> assertThat(u.epochsCompleted()).isEqualTo(4));
            assertThat(delay).isLessThan(Duration.ofSeconds(2));
            assertThat(delivered).filteredOn(u -> u.runId() == 987_001L).hasSize(1);
        }
    }

    private static List<String> awaitNotifications(PGConnection connection, Duration limit) throws SQLException {
        List<String> payloads = new ArrayList<>();
        Instant deadline = Instant.now().plus(limit);
        while (payloads.isEmpty() && Instant.now().isBefore(deadline)) {
            PGNotification[] notifications = connection.getNotifications(500);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    payloads.add(notification.getParameter());
                }
            }
        }
        return payloads;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, System.getenv("DEEPCANVAS_TEST_PG_USER"),
                System.getenv("DEEPCANVAS_TEST_PG_PASSWORD"));
    }

    /** A new, empty database of this test's own on the test server. */
    private static String freshDatabase() throws SQLException {
        String server = System.getenv("DEEPCANVAS_TEST_PG_URL");
        String name = "cluster_test_" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(server, System.getenv("DEEPCANVAS_TEST_PG_USER"),
                System.getenv("DEEPCANVAS_TEST_PG_PASSWORD")); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return server.substring(0, server.lastIndexOf('/') + 1) + name;
    }
}

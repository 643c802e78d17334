package dev.deepcanvas.e2e;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A database of its own for a cluster test, on the PostgreSQL server the suite runs against ({@code .ci/postgres},
 * whose address {@code .ci/test} exports as DEEPCANVAS_TEST_PG_URL, _USER, _PASSWORD and _HOME). Without a server
 * the test is skipped, saying why; under DEEPCANVAS_REQUIRE_PG=1 (as in CI) it fails instead.
 */
final class ClusterDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String user;
    private final String password;
    private final Path serverHome;
    private final String name;

    private ClusterDatabase(String serverUrl, String user, String password, Path serverHome, String name) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.serverHome = serverHome;
        this.name = name;
    }

    /** Creates a fresh, empty database on the test server. */
    static ClusterDatabase create() {
        String url = System.getenv("DEEPCANVAS_TEST_PG_URL");
        String home = System.getenv("DEEPCANVAS_TEST_PG_HOME");
        if (url == null || home == null) {
            String why = "No PostgreSQL server for the cluster test: DEEPCANVAS_TEST_PG_URL and DEEPCANVAS_TEST_PG_HOME "
                    + "are not set (./.ci/test starts one and sets them).";
            if ("1".equals(System.getenv("DEEPCANVAS_REQUIRE_PG"))) {
                throw new IllegalStateException(why + " DEEPCANVAS_REQUIRE_PG=1 says it must run.");
            }
            Assumptions.abort(why);
        }
        String name = "cluster_" + Long.toString(System.currentTimeMillis(), 36).toLowerCase(Locale.ROOT);
        ClusterDatabase database = new ClusterDatabase(url, System.getenv("DEEPCANVAS_TEST_PG_USER"),
                System.getenv("DEEPCANVAS_TEST_PG_PASSWORD"), Path.of(home), name);
        database.createEmpty();
        return database;
    }

    private void createEmpty() {
        try (Connection server = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + name + " on " + serverUrl, e);
        }
    }

    /** The JDBC address of this database. */
    String url() {
        return serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
    }

    /** The command-line settings that point a node at this database (DEEPCANVAS_DB_URL, _USER, _PASSWORD). */
    List<String> nodeArguments() {
        return List.of("--deepcanvas.db.url=" + url(), "--deepcanvas.db.user=" + user,
                "--deepcanvas.db.password=" + password);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    /** Stops the whole server, as an outage would ({@code .ci/postgres stop}). */
    void stopServer() {
        ciPostgres("stop");
    }

    /** Starts the stopped server again on the same port with the same data ({@code .ci/postgres resume}). */
    void resumeServer() {
        ciPostgres("resume");
    }

    private void ciPostgres(String action) {
        Path script = E2ePaths.outputDir().getParent().getParent().resolve(".ci").resolve("postgres");
        try {
            Process process = new ProcessBuilder(script.toString(), action, serverHome.toString())
                    .redirectErrorStream(true).start();
            if (!process.waitFor(Duration.ofSeconds(90).toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(".ci/postgres " + action + " failed: "
                        + new String(process.getInputStream().readAllBytes()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        try (Connection server = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("[e2e] could not drop the cluster test's database " + name + ": " + e.getMessage());
        }
    }
}

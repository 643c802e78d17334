package dev.deepcanvas.bench.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * A fresh database per measurement on the bench's PostgreSQL server (bench/cluster-throughput.sh starts it and
 * exports DEEPCANVAS_TEST_PG_URL, _USER and _PASSWORD, as .ci/postgres writes them).
 */
final class BenchDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String name;

    private BenchDatabase(String serverUrl, String user, String password, String name) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    static BenchDatabase create(String purpose) throws SQLException {
        String url = System.getenv("DEEPCANVAS_TEST_PG_URL");
        if (url == null) {
            throw new IllegalStateException("DEEPCANVAS_TEST_PG_URL is not set: run bench/cluster-throughput.sh, which "
                    + "starts PostgreSQL and sets it.");
        }
        String name = purpose + "_" + Long.toString(System.currentTimeMillis(), 36).toLowerCase(Locale.ROOT);
        BenchDatabase database = new BenchDatabase(url, System.getenv("DEEPCANVAS_TEST_PG_USER"),
                System.getenv("DEEPCANVAS_TEST_PG_PASSWORD"), name);
        try (Connection server = database.server(); Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return database;
    }

    String name() {
        return name;
    }

    String url() {
        return serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** The settings that point a node (the packaged app) at this database: DEEPCANVAS_DB_URL, _USER, _PASSWORD. */
    List<String> nodeArguments() {
        return List.of("--deepcanvas.db.url=" + url(), "--deepcanvas.db.user=" + user,
                "--deepcanvas.db.password=" + password);
    }

    /** The same for the bench's own queueing context, which is a plain Spring application without the app's settings. */
    List<String> springArguments() {
        return List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    /** The server's own database, where pg_stat_statements is installed. */
    Connection server() throws SQLException {
        return DriverManager.getConnection(serverUrl, user, password);
    }

    @Override
    public void close() {
        try (Connection server = server(); Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop the bench database " + name + ": " + e.getMessage());
        }
    }
}

package dev.deepcanvas.db.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server the tests may use, named by the environment that {@code .ci/postgres start DIR} writes to
 * {@code DIR/env}: {@code DEEPCANVAS_TEST_PG_URL}, {@code _USER} and {@code _PASSWORD}. Its user must be allowed to
 * create databases: every test context gets a new, empty one, so that no test sees another's rows. They are left
 * on the server (it is a throw-away test server; {@code .ci/postgres stop} and removing its folder clears them).
 */
public final class PostgresTestServer {

    public static final String URL_VARIABLE = "DEEPCANVAS_TEST_PG_URL";
    public static final String USER_VARIABLE = "DEEPCANVAS_TEST_PG_USER";
    public static final String PASSWORD_VARIABLE = "DEEPCANVAS_TEST_PG_PASSWORD";
    /** Set to 1 where PostgreSQL must be there (CI): tests that need it then fail instead of being skipped. */
    public static final String REQUIRE_VARIABLE = "DEEPCANVAS_REQUIRE_PG";

    private static final AtomicInteger CREATED = new AtomicInteger();
    private static final String JDBC_PREFIX = "jdbc:postgresql://";

    private PostgresTestServer() {
    }

    public static boolean configured() {
        return !isBlank(System.getenv(URL_VARIABLE));
    }

    public static boolean required() {
        return "1".equals(System.getenv(REQUIRE_VARIABLE));
    }

    /** Why the tests that need PostgreSQL are skipped here, and how to give them one. */
    public static String absenceReason() {
        return URL_VARIABLE + " is not set, so there is no PostgreSQL server to test against. Start one with "
                + "`.ci/postgres start DIR` and `. DIR/env` (./.ci/test does this itself).";
    }

    /** The server's own database, for looking at what exists on it. */
    public static TestDatabase administration() {
        Map<String, String> env = System.getenv();
        String url = env.get(URL_VARIABLE);
        if (isBlank(url)) {
            throw new IllegalStateException(absenceReason());
        }
        if (!url.startsWith(JDBC_PREFIX)) {
            throw new IllegalStateException(URL_VARIABLE + " must be a jdbc:postgresql://host:port/database address, "
                    + "not " + url);
        }
        return new TestDatabase(url, env.getOrDefault(USER_VARIABLE, ""), env.getOrDefault(PASSWORD_VARIABLE, ""));
    }

    /** Creates a new, empty database named after {@code purpose} and returns how to reach it. */
    public static TestDatabase createDatabase(String purpose) {
        TestDatabase server = administration();
        String name = databaseName(purpose);
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name + " on " + server.url()
                    + " as " + server.user() + ": " + e.getMessage(), e);
        }
        return new TestDatabase(withDatabase(server.url(), name), server.user(), server.password());
    }

    /** Replaces the database in a {@code jdbc:postgresql://host:port/database?options} address. */
    static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', JDBC_PREFIX.length());
        int query = url.indexOf('?');
        String options = query < 0 ? "" : url.substring(query);
        String hostPart = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
        return hostPart + "/" + database + options;
    }

    private static String databaseName(String purpose) {
        String cleaned = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        if (cleaned.length() > 30) {
            cleaned = cleaned.substring(0, 30);
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"));
        return "dctest_" + cleaned + "_" + stamp + "_" + CREATED.incrementAndGet() + "_"
                + ThreadLocalRandom.current().nextInt(1000, 10000);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

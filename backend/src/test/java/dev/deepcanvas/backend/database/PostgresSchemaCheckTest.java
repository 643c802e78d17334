package dev.deepcanvas.backend.database;

import dev.deepcanvas.db.testing.PostgresOnly;
import dev.deepcanvas.db.testing.PostgresTestServer;
import dev.deepcanvas.db.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the application (and the copy command) say about a PostgreSQL database they cannot use, against a real
 * server: each problem is one sentence naming the cause, never a driver's stack trace.
 */
@PostgresOnly
class PostgresSchemaCheckTest {

    private static final String CREDENTIALS = "DEEPCANVAS_DB_USER and DEEPCANVAS_DB_PASSWORD";

    @Test
    void anEmptyDatabaseIsUsable() {
        TestDatabase empty = PostgresTestServer.createDatabase("check_empty");

        SchemaContents contents = PostgresSchemaCheck.requireUsable(address(empty), CREDENTIALS);

        assertThat(contents.isEmpty()).isTrue();
        assertThat(contents.schema()).isEqualTo("public");
        assertThat(contents.mayCreate()).isTrue();
    }

    @Test
    void aWrongPasswordNamesTheUserAndTheSettings() {
        TestDatabase database = PostgresTestServer.administration();
        DatabaseAddress wrong = new DatabaseAddress(database.url(), database.user(), "not-the-password");

        assertThatThrownBy(() -> PostgresSchemaCheck.requireUsable(wrong, CREDENTIALS))
                .isInstanceOf(DatabaseProblem.class)
                .hasMessage("PostgreSQL at " + wrong.shown() + " refused the password of user '" + database.user()
                        + "'. Check " + CREDENTIALS + ".");
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseAddress nowhere = new DatabaseAddress("jdbc:postgresql://127.0.0.1:" + closedPort + "/deepcanvas",
                "deepcanvas", "secret");

        assertThatThrownBy(() -> PostgresSchemaCheck.requireUsable(nowhere, CREDENTIALS))
                .isInstanceOf(DatabaseProblem.class)
                .hasMessage("Cannot reach PostgreSQL at 127.0.0.1:" + closedPort + "/deepcanvas: nothing accepts "
                        + "connections there. Is the server running and listening on that host and port?");
    }

    @Test
    void aMissingDatabaseIsNamed() {
        TestDatabase server = PostgresTestServer.administration();
        String url = server.url().substring(0, server.url().lastIndexOf('/')) + "/no_such_database";

        assertThatThrownBy(() -> PostgresSchemaCheck.requireUsable(
                new DatabaseAddress(url, server.user(), server.password()), CREDENTIALS))
                .isInstanceOf(DatabaseProblem.class)
                .hasMessageStartingWith("The database named in ")
                .hasMessageContaining("/no_such_database does not exist on that server");
    }

    @Test
    void anAddressTheDriverCannotReadIsExplained() {
        DatabaseAddress garbled = new DatabaseAddress("jdbc:postgresql://localhost:port/deepcanvas", "u", "p");

        assertThatThrownBy(() -> PostgresSchemaCheck.requireUsable(garbled, CREDENTIALS))
                .isInstanceOf(DatabaseProblem.class)
                .hasMessageContaining("is not an address the PostgreSQL driver understands");
    }

    @Test
    void aDatabaseWithAnotherApplicationsTablesIsRefused() throws SQLException {
        TestDatabase foreign = PostgresTestServer.createDatabase("check_foreign");
        execute(foreign, "CREATE TABLE customers (id BIGINT PRIMARY KEY)", "CREATE TABLE orders (id BIGINT)");

        assertThatThrownBy(() -> PostgresSchemaCheck.requireUsable(address(foreign), CREDENTIALS))
                .isInstanceOf(DatabaseProblem.class)
                .hasMessageContaining("holds 2 tables that are not DeepCanvas's (customers, orders) in schema public")
                .hasMessageContaining("Give DeepCanvas an empty database of its own");
    }

    @Test
    void aDatabaseWithAnotherApplicationsFlywayHistoryIsRefused() throws SQLException {
        TestDatabase foreign = PostgresTestServer.createDatabase("check_flyway");
        execute(foreign, "CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY, version VARCHAR(50), "
                + "script VARCHAR(1000))", "INSERT INTO flyway_schema_history VALUES (1, '1', 'V1__billing.sql')");

        assertThatThrownBy(() -> PostgresSchemaCheck.requireUsable(address(foreign), CREDENTIALS))
                .isInstanceOf(DatabaseProblem.class)
                .hasMessageContaining("another application's schema (its migration history starts with "
                        + "V1__billing.sql)");
    }

    @Test
    void aUserWhoMayNotCreateTablesIsToldWhatToGrant() throws SQLException {
        TestDatabase database = PostgresTestServer.createDatabase("check_rights");
        String role = "dc_reader_" + System.nanoTime() % 100_000;
        execute(database, "CREATE ROLE " + role + " LOGIN PASSWORD 'reader-password'",
                "REVOKE CREATE ON SCHEMA public FROM PUBLIC");

        assertThatThrownBy(() -> PostgresSchemaCheck.requireUsable(
                new DatabaseAddress(database.url(), role, "reader-password"), CREDENTIALS))
                .isInstanceOf(DatabaseProblem.class)
                .hasMessageStartingWith("User '" + role + "' may not create tables in schema public")
                .hasMessageContaining("OWNER TO " + role);
    }

    private static DatabaseAddress address(TestDatabase database) {
        return new DatabaseAddress(database.url(), database.user(), database.password());
    }

    private static void execute(TestDatabase database, String... statements) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}

package dev.deepcanvas.backend.database.copy;

import dev.deepcanvas.db.testing.PostgresOnly;
import dev.deepcanvas.db.testing.PostgresTestServer;
import dev.deepcanvas.db.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moving an installation to PostgreSQL: an H2 database made with the first schema version and filled as it grew
 * through the later ones is copied by the command, and every row of every table arrives as it was; one that never
 * left the first version is upgraded by the command on the way.
 */
@PostgresOnly
class CopyToPostgresTest {

    /** Every table of the schema and the columns that order its rows. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("users", "id");
        TABLES.put("graphs", "id");
        TABLES.put("graph_versions", "id");
        TABLES.put("uploaded_datasets", "id");
        TABLES.put("training_runs", "id");
        TABLES.put("run_epoch_metrics", "id");
        TABLES.put("run_iteration_metrics", "run_id, iteration");
        TABLES.put("run_results", "run_id");
    }

    @TempDir
    static Path dataFolder;

    private static TestDatabase target;
    private static Result copy;

    @BeforeAll
    static void copyAnOldInstallation() throws Exception {
        OldInstallation.buildIn(dataFolder, 5);
        target = PostgresTestServer.createDatabase("copy");
        copy = run(target, "--from", dataFolder.toString(), "--to", target.url(), "--user", target.user(),
                "--password-env", "TEST_PG_PASSWORD");
    }

    @Test
    void copiesEveryRowOfEveryTableAsItWas() throws Exception {
        assertThat(copy.status()).as(copy.toString()).isZero();
        try (Connection h2 = h2(); Connection postgres = target.connect()) {
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                var expected = TableRows.read(h2, table.getKey(), table.getValue());
                assertThat(expected).as("rows of " + table.getKey() + " in the H2 database").isNotEmpty();
                assertThat(TableRows.read(postgres, table.getKey(), table.getValue()))
                        .as("rows of " + table.getKey() + " in PostgreSQL").isEqualTo(expected);
            }
        }
    }

    @Test
    void reportsTheCountsOfEveryTable() {
        for (String table : TABLES.keySet()) {
            assertThat(copy.out()).containsPattern("(?m)^  " + table + " +[1-9][0-9]* +[1-9][0-9]* +ok$");
        }
        assertThat(copy.out()).contains("Every table arrived complete")
                .contains("stay in " + dataFolder)
                .contains("DEEPCANVAS_DB_URL=" + target.url());
        assertThat(copy.err()).isEmpty();
    }

    /** An installation still at the first schema version is brought to this version's first, then copied whole. */
    @Test
    void upgradesAFirstVersionDatabaseOnTheWay(@TempDir Path firstVersion) throws Exception {
        OldInstallation.buildIn(firstVersion, 1);
        TestDatabase database = PostgresTestServer.createDatabase("copy_v1");

        Result moved = run(database, "--from", firstVersion.toString(), "--to", database.url(), "--user",
                database.user(), "--password-env", "TEST_PG_PASSWORD");

        assertThat(moved.status()).as(moved.toString()).isZero();
        assertThat(moved.out()).contains("Upgraded the H2 database from schema version 1 to ");
        try (Connection h2 = java.sql.DriverManager.getConnection("jdbc:h2:file:" + firstVersion.resolve("deepcanvas"),
                "sa", ""); Connection postgres = database.connect()) {
            for (String table : new String[] {"graphs", "graph_versions", "training_runs", "run_epoch_metrics"}) {
                var expected = TableRows.read(h2, table, "id");
                assertThat(expected).as("rows of " + table + " in the H2 database").isNotEmpty();
                assertThat(TableRows.read(postgres, table, "id")).as("rows of " + table + " in PostgreSQL")
                        .isEqualTo(expected);
            }
        }
    }

    /** New rows continue after the copied ids instead of colliding with them. */
    @Test
    void identitySequencesContinueAfterTheCopiedIds() throws Exception {
        assertThat(copy.status()).as(copy.toString()).isZero();
        try (Connection postgres = target.connect(); Statement statement = postgres.createStatement()) {
            postgres.setAutoCommit(false);
            try (ResultSet id = statement.executeQuery("INSERT INTO users (username, display_name, password_hash, "
                    + "created_at) VALUES ('linus', 'Linus', 'x', now()) RETURNING id")) {
                id.next();
                assertThat(id.getLong(1)).isEqualTo(3);
            }
            try (ResultSet id = statement.executeQuery("INSERT INTO graphs (name, document, latest_version, "
                    + "created_at, updated_at) VALUES ('new', '{}', 0, now(), now()) RETURNING id")) {
                id.next();
                assertThat(id.getLong(1)).isEqualTo(4);
            }
            postgres.rollback();
        }
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsDeepCanvasData() throws Exception {
        assertThat(copy.status()).as(copy.toString()).isZero();
        long graphsBefore = count(target, "graphs");

        Result again = run(target, "--from", dataFolder.toString(), "--to", target.url(), "--user", target.user(),
                "--password-env", "TEST_PG_PASSWORD");

        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).startsWith("copy-to-postgres: The database ")
                .contains("already holds DeepCanvas data (").contains("graphs: 3, ").contains("users: 2 rows)")
                .contains("nothing was changed");
        assertThat(again.err().strip()).doesNotContain("\n");
        assertThat(count(target, "graphs")).isEqualTo(graphsBefore);
    }

    @Test
    void refusesADatabaseOfAnotherApplication() throws Exception {
        TestDatabase foreign = PostgresTestServer.createDatabase("foreign");
        try (Connection c = foreign.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id BIGINT PRIMARY KEY, total NUMERIC(10, 2))");
        }

        Result refused = run(foreign, "--from", dataFolder.toString(), "--to", foreign.url(), "--user",
                foreign.user(), "--password-env", "TEST_PG_PASSWORD");

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("holds a table that is not DeepCanvas's (invoices)");
        try (Connection c = foreign.connect(); Statement s = c.createStatement();
             ResultSet tables = s.executeQuery("SELECT count(*) FROM information_schema.tables "
                     + "WHERE table_schema = 'public'")) {
            tables.next();
            assertThat(tables.getInt(1)).as("tables in the refused database").isEqualTo(1);
        }
    }

    @Test
    void aWrongPasswordIsOneClearLine() {
        Result refused = run(new TestDatabase(target.url(), target.user(), "not-the-password"),
                "--from", dataFolder.toString(), "--to", target.url(), "--user", target.user(),
                "--password-env", "TEST_PG_PASSWORD");

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("copy-to-postgres: PostgreSQL at " + target.url()
                .substring("jdbc:postgresql://".length()) + " refused the password of user '" + target.user()
                + "'. Check --user and the password in $TEST_PG_PASSWORD.");
    }

    @Test
    void aPasswordOnTheCommandLineIsRefused() {
        Result refused = run(target, "--from", dataFolder.toString(), "--to", target.url(), "--user", target.user(),
                "--password", "secret");

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("--password is not accepted").contains("Usage:");
    }

    @Test
    void aFolderWithoutADatabaseIsNamed(@TempDir Path empty) {
        Result refused = run(target, "--from", empty.toString(), "--to", target.url(), "--user", target.user(),
                "--password-env", "TEST_PG_PASSWORD");

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("The folder " + empty + " holds no DeepCanvas database (no deepcanvas.mv.db)");
    }

    private static Connection h2() throws SQLException {
        return java.sql.DriverManager.getConnection("jdbc:h2:file:" + dataFolder.resolve("deepcanvas"), "sa", "");
    }

    private static long count(TestDatabase database, String table) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet n = s.executeQuery("SELECT count(*) FROM " + table)) {
            n.next();
            return n.getLong(1);
        }
    }

    private static Result run(TestDatabase database, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CopyToPostgres.run(args, Map.of("TEST_PG_PASSWORD", database.password()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }
}

package dev.deepcanvas.db;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V8: run ids are shown as run numbers, so an unclean stop of the app must not make them jump. H2 used to reserve
 * identity values 32 at a time and lose the reservation in a crash; {@code SHUTDOWN IMMEDIATELY} stops the database
 * the same way a killed process does.
 */
class DenseRunIdsTest {

    @Test
    void theRunAfterACrashTakesTheNextNumber(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("crash") + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "sa", "").load().migrate();

        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            insertRun(db);
        }
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            insertRun(db);
            // Long enough for H2 to write the committed row (and, before V8, its reservation) to the file.
            Thread.sleep(1500);
            try (Statement crash = db.createStatement()) {
                crash.execute("SHUTDOWN IMMEDIATELY");
            } catch (SQLException closedUnderneath) {
                // The connection may report its own closing; the crash is what this test wants.
            }
        }
        List<Long> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            insertRun(db);
            try (Statement query = db.createStatement();
                 ResultSet rows = query.executeQuery("SELECT id FROM training_runs ORDER BY id")) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        assertThat(ids).as("one run before the crash, one during it, one after").containsExactly(1L, 2L, 3L);
    }

    private static void insertRun(Connection db) throws SQLException {
        try (Statement insert = db.createStatement()) {
            insert.execute("INSERT INTO training_runs (graph_name, graph_document, dataset_id, hyperparameters, seed, "
                    + "status, epochs_planned, created_at) VALUES ('Iris', '{}', 'iris', '{}', 42, 'QUEUED', 1, "
                    + "CURRENT_TIMESTAMP)");
        }
    }
}

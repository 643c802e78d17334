package dev.deepcanvas.backend.database.copy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepcanvas.backend.results.ClassScore;
import dev.deepcanvas.backend.results.ClassificationResult;
import dev.deepcanvas.backend.results.MisclassifiedExample;
import dev.deepcanvas.backend.results.RunResult;
import dev.deepcanvas.backend.training.EarlyStopping;
import dev.deepcanvas.backend.training.Hyperparameters;
import dev.deepcanvas.db.schema.SchemaMigrations;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.templates.TemplateCatalog;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * An H2 installation as it grew through the schema's versions: made with version 1 and filled with what each
 * version could hold (real template documents, hyperparameters and results in the application's own JSON), then
 * upgraded version by version, as a long-lived installation is.
 */
final class OldInstallation {

    private static final Instant T0 = Instant.parse("2025-03-01T09:15:30.123456Z");

    private final DriverManagerDataSource dataSource;

    private OldInstallation(Path dataFolder) {
        this.dataSource = new DriverManagerDataSource("jdbc:h2:file:" + dataFolder.resolve("deepcanvas"), "sa", "");
    }

    /**
     * Builds the installation in {@code dataFolder}: made with schema version 1 and filled, version by version, up to
     * version {@code last} (at most 5), which it is left at.
     */
    static void buildIn(Path dataFolder, int last) throws Exception {
        OldInstallation installation = new OldInstallation(dataFolder);
        List<Step> steps = List.of(installation::version1, installation::version2, installation::version3,
                installation::version4, installation::version5);
        // Held open throughout, as a running application holds its database: H2 closes a file database when its last
        // connection closes, and the build should not close and reopen it between every step.
        try (Connection keepOpen = installation.dataSource.getConnection()) {
            for (int version = 1; version <= last; version++) {
                installation.migrateTo(Integer.toString(version));
                steps.get(version - 1).fill();
            }
        }
    }

    private interface Step {
        void fill() throws Exception;
    }

    private void migrateTo(String version) {
        Flyway flyway = Flyway.configure().configuration(SchemaMigrations.on(dataSource).getConfiguration())
                .target(version).load();
        flyway.migrate();
    }

    /** Graphs with versions, runs of them (one of a graph deleted since), epoch metrics. */
    private void version1() throws Exception {
        String iris = GraphJson.write(TemplateCatalog.load().find("iris-mlp").orElseThrow().document());
        String lenet = GraphJson.write(TemplateCatalog.load().find("lenet-mnist").orElseThrow().document());
        String hyper = new Hyperparameters("adam", 0.01, 16, 5, "xavier", 1e-4, 42,
                new EarlyStopping(EarlyStopping.Monitor.VALIDATION_LOSS, 3), null, null).toJson();
        try (Connection c = dataSource.getConnection()) {
            update(c, "INSERT INTO graphs (name, description, document, latest_version, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", "Iris", "three species, four measurements", iris, 2, at(0), at(60));
            update(c, "INSERT INTO graphs (name, description, document, latest_version, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", "Ziffern – LeNet ✓", "", lenet, 1, at(100), at(100));
            update(c, "INSERT INTO graph_versions (graph_id, version_number, document, created_at) VALUES (1, 1, ?, ?)",
                    iris.replace("16", "8"), at(0));
            update(c, "INSERT INTO graph_versions (graph_id, version_number, document, created_at) VALUES (1, 2, ?, ?)",
                    iris, at(60));
            update(c, "INSERT INTO graph_versions (graph_id, version_number, document, created_at) VALUES (2, 1, ?, ?)",
                    lenet, at(100));
            update(c, "INSERT INTO training_runs (graph_id, graph_version, graph_name, graph_document, dataset_id, "
                    + "hyperparameters, seed, status, message, epochs_planned, epochs_completed, final_loss, accuracy, "
                    + "created_at, started_at, finished_at) VALUES (1, 2, 'Iris', ?, 'iris', ?, 42, 'SUCCEEDED', NULL, "
                    + "5, 5, 0.0871, 0.9667, ?, ?, ?)", iris, hyper, at(120), at(121), at(130));
            update(c, "INSERT INTO training_runs (graph_id, graph_version, graph_name, graph_document, dataset_id, "
                    + "hyperparameters, seed, status, message, epochs_planned, epochs_completed, final_loss, accuracy, "
                    + "created_at, started_at, finished_at) VALUES (NULL, NULL, 'A deleted graph', ?, 'mnist', ?, 7, "
                    + "'FAILED', 'The loss became NaN in epoch 2: lower the learning rate.', 10, 1, NULL, NULL, ?, ?, ?)",
                    lenet, hyper, at(200), at(201), at(230));
            for (int epoch = 1; epoch <= 5; epoch++) {
                update(c, "INSERT INTO run_epoch_metrics (run_id, epoch, train_loss, validation_accuracy, recorded_at) "
                        + "VALUES (1, ?, ?, ?, ?)", epoch, 1.0 / epoch, 0.5 + epoch / 10.0, at(121 + epoch));
            }
            update(c, "INSERT INTO run_epoch_metrics (run_id, epoch, train_loss, validation_accuracy, recorded_at) "
                    + "VALUES (2, 1, 2.302585092994046, NULL, ?)", at(215));
        }
    }

    /** An uploaded dataset. */
    private void version2() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            update(c, "INSERT INTO uploaded_datasets (name, source_kind, task, original_file, storage_dir, sample_count, "
                    + "class_count, description, created_at) VALUES ('Wine quality', 'CSV', 'CLASSIFICATION', "
                    + "'winequality-red.csv', 'upload-7f3a', 1599, 6, 'Red wines: 11 measurements, quality 3–8', ?)",
                    at(300));
        }
    }

    /** Results, iteration metrics and the later epoch figures of a run trained on version 3. */
    private void version3() throws Exception {
        String hyper = new Hyperparameters("sgd", 0.1, 32, 2, "relu", 0, 1, null, null, null).toJson();
        RunResult result = RunResult.of(3, new ClassificationResult(30, 0.9667, List.of("setosa", "versicolor",
                "virginica"), List.of(new ClassScore("setosa", 1, 1, 1, 10), new ClassScore("versicolor", 1, 0.9, 0.947, 10),
                new ClassScore("virginica", 0.909, 1, 0.952, 10)), List.of(List.of(10, 0, 0), List.of(0, 9, 1),
                List.of(0, 0, 10)), List.of(new MisclassifiedExample(17, "versicolor", "virginica", 0.61))));
        try (Connection c = dataSource.getConnection()) {
            update(c, "INSERT INTO training_runs (graph_id, graph_version, graph_name, graph_document, dataset_id, "
                    + "hyperparameters, seed, status, epochs_planned, epochs_completed, final_loss, accuracy, created_at, "
                    + "started_at, finished_at, task, final_metric, best_epoch) SELECT 1, 2, 'Iris', document, 'iris', ?, 1, "
                    + "'SUCCEEDED', 2, 2, 0.12, 0.9667, ?, ?, ?, 'CLASSIFICATION', 0.9667, 2 FROM graphs WHERE id = 1",
                    hyper, at(400), at(401), at(420));
            for (int epoch = 1; epoch <= 2; epoch++) {
                update(c, "INSERT INTO run_epoch_metrics (run_id, epoch, train_loss, validation_accuracy, recorded_at, "
                        + "validation_loss, validation_metric) VALUES (3, ?, ?, ?, ?, ?, ?)",
                        epoch, 0.5 / epoch, 0.9, at(405 + epoch), 0.3 / epoch, 0.9);
            }
            for (long iteration = 1; iteration <= 40; iteration++) {
                update(c, "INSERT INTO run_iteration_metrics (run_id, iteration, epoch, train_loss, recorded_at) "
                        + "VALUES (3, ?, ?, ?, ?)", iteration, iteration <= 20 ? 1 : 2, 1.0 / iteration, at(405));
            }
            update(c, "INSERT INTO run_results (run_id, kind, document, created_at) VALUES (3, 'CLASSIFICATION', ?, ?)",
                    new ObjectMapper().writeValueAsString(result), at(420));
        }
    }

    /** Two accounts; the first adopted everything, the second forked the public graph and shares it by link. */
    private void version4() throws Exception {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        try (Connection c = dataSource.getConnection()) {
            update(c, "INSERT INTO users (username, display_name, password_hash, created_at) VALUES (?, ?, ?, ?)",
                    "ada", "Ada Lovelace", bcrypt.encode("correct horse battery"), at(500));
            update(c, "INSERT INTO users (username, display_name, password_hash, created_at) VALUES (?, ?, ?, ?)",
                    "grace", "Grace Hopper", bcrypt.encode("another good password"), at(510));
            update(c, "UPDATE graphs SET owner_id = 1");
            update(c, "UPDATE graphs SET is_public = TRUE, fork_count = 1 WHERE id = 1");
            update(c, "UPDATE training_runs SET owner_id = 1");
            update(c, "UPDATE uploaded_datasets SET owner_id = 1");
            update(c, "INSERT INTO graphs (name, description, document, latest_version, created_at, updated_at, owner_id, "
                    + "share_token, share_runs, forked_from_id) SELECT 'Iris (fork)', description, document, 0, ?, ?, 2, "
                    + "'Zm9ya2VkLWdyYXBoLXNoYXJlLXRva2VuLTI1Ni1iaXRzLW9mLXJhbmRvbQ', TRUE, id FROM graphs WHERE id = 1",
                    at(520), at(520));
        }
    }

    /** Provenance of the latest run. */
    private void version5() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            update(c, "UPDATE training_runs SET train_sha256 = ?, train_rows = 105, validation_sha256 = NULL, "
                    + "validation_rows = NULL, test_sha256 = ?, test_rows = 45, app_version = '0.1.0-SNAPSHOT', "
                    + "nd4j_backend = 'CpuBackend linux-x86_64-onednn, oneDNN on, 1 native thread' WHERE id = 3",
                    "9f".repeat(32), "0a".repeat(32));
        }
    }

    private static OffsetDateTime at(long seconds) {
        return OffsetDateTime.ofInstant(T0.plusSeconds(seconds), ZoneOffset.UTC);
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}

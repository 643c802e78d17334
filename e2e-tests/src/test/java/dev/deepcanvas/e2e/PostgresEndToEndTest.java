package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.deepcanvas.db.testing.PostgresOnly;
import dev.deepcanvas.db.testing.PostgresTestServer;
import dev.deepcanvas.db.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The packaged app with its data in PostgreSQL instead of H2: a new user signs up, edits and saves a graph, trains the
 * Iris template and sees its result, and everything lands in the PostgreSQL database. And a start with a wrong
 * password or an unreachable server ends with one line on the terminal.
 */
@PostgresOnly
class PostgresEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration TRAINING_TIMEOUT = Duration.ofSeconds(180);

    @Test
    @SignedIn(value = "pg-trainer", onPostgres = true)
    void signsUpSavesAGraphAndTrainsIrisWithEverythingInPostgres(Browser browser, AppProcess app, Account trainer,
                                                                 TestDatabase database) throws SQLException {
        WebDriver driver = browser.driver();
        Canvas canvas = new Canvas(driver);
        driver.get(app.baseUrl());
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the Iris template on the canvas" + Pages.describe(driver)
                + app.diagnostics()).until(d -> canvas.nodeIds().containsAll(List.of("input", "dense1", "output")));

        canvas.setParam("dense1", "units", "24");
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "195 parameters after widening dense1" + Pages.describe(driver))
                .until(d -> canvas.totalParams() == 195L);
        driver.findElement(By.id("save-button")).click();
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the graph saved" + Pages.describe(driver) + app.diagnostics())
                .until(d -> d.findElement(By.id("save-state")).getText().startsWith("Saved"));

        train(driver, app);
        double shown = Double.parseDouble(awaitAccuracy(driver));
        assertThat(shown).as("held-out Iris accuracy on the run panel").isGreaterThanOrEqualTo(0.8);
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("postgres-run-finished.png");

        try (Connection db = database.connect()) {
            long owner = single(db, "SELECT id FROM users WHERE username = ?", trainer.username());
            assertThat(single(db, "SELECT count(*) FROM graphs WHERE owner_id = ? AND latest_version >= 1 "
                    + "AND document ~ '\"units\"\\s*:\\s*24'", owner)).as("the saved graph with 24 units").isEqualTo(1);
            assertThat(single(db, "SELECT count(*) FROM graph_versions v JOIN graphs g ON g.id = v.graph_id "
                    + "WHERE g.owner_id = ?", owner)).as("saved versions").isGreaterThanOrEqualTo(1);
            try (PreparedStatement query = db.prepareStatement("SELECT id, status, accuracy, epochs_completed "
                    + "FROM training_runs WHERE owner_id = ?")) {
                query.setLong(1, owner);
                try (ResultSet run = query.executeQuery()) {
                    assertThat(run.next()).as("a run of " + trainer.username() + " in PostgreSQL").isTrue();
                    long runId = run.getLong("id");
                    assertThat(run.getString("status")).isEqualTo("SUCCEEDED");
                    assertThat(run.getDouble("accuracy")).isCloseTo(shown, org.assertj.core.data.Offset.offset(1e-4));
                    assertThat(single(db, "SELECT count(*) FROM run_epoch_metrics WHERE run_id = ?", runId))
                            .as("one epoch metric per epoch").isEqualTo(run.getLong("epochs_completed"));
                    assertThat(single(db, "SELECT count(*) FROM run_iteration_metrics WHERE run_id = ?", runId))
                            .as("iteration metrics").isPositive();
                    assertThat(single(db, "SELECT count(*) FROM run_results WHERE run_id = ?", runId))
                            .as("the run's result document").isEqualTo(1);
                    assertThat(run.next()).as("exactly one run").isFalse();
                }
            }
        }
        assertThat(Files.exists(app.dataDir().resolve("deepcanvas.mv.db")))
                .as("no H2 database beside the model files").isFalse();
    }

    @Test
    void aWrongPasswordStopsTheStartWithOneLine() {
        TestDatabase server = PostgresTestServer.administration();

        StartAttempt start = StartAttempt.run(E2ePaths.freshDirectory("e2e-data", "pg-wrong-password-"), Map.of(
                "DEEPCANVAS_DB_URL", server.url(), "DEEPCANVAS_DB_USER", server.user(),
                "DEEPCANVAS_DB_PASSWORD", "not-the-password"));

        assertOneLine(start, "DeepCanvas did not start: PostgreSQL at " + shown(server.url())
                + " refused the password of user '" + server.user() + "'. Check DEEPCANVAS_DB_USER and "
                + "DEEPCANVAS_DB_PASSWORD.");
    }

    @Test
    void anUnreachableServerStopsTheStartWithOneLine() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        StartAttempt start = StartAttempt.run(E2ePaths.freshDirectory("e2e-data", "pg-unreachable-"), Map.of(
                "DEEPCANVAS_DB_URL", "jdbc:postgresql://127.0.0.1:" + closed + "/deepcanvas",
                "DEEPCANVAS_DB_USER", "deepcanvas", "DEEPCANVAS_DB_PASSWORD", "whatever"));

        assertOneLine(start, "DeepCanvas did not start: Cannot reach PostgreSQL at 127.0.0.1:" + closed
                + "/deepcanvas: nothing accepts connections there. Is the server running and listening on that host "
                + "and port?");
    }

    private static void train(WebDriver driver, AppProcess app) {
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "an enabled Train button" + Pages.describe(driver))
                .until(d -> d.findElements(By.id("train-button")).stream()
                        .filter(b -> b.isDisplayed() && b.getDomAttribute("disabled") == null).findFirst().orElse(null))
                .click();
        assertThat(StartDialog.awaitOpen(driver)).containsIgnoringCase("iris");
        StartDialog.start(driver);
        String status = Pages.waitUpTo(driver, TRAINING_TIMEOUT)
                .withMessage(() -> "the run to finish" + Pages.describe(driver) + app.diagnostics())
                .until(d -> {
                    List<WebElement> shown = d.findElements(By.id("run-status"));
                    String text = shown.isEmpty() ? "" : Pages.text(shown.get(0));
                    return text.equals("Succeeded") || text.equals("Failed") ? text : null;
                });
        if (!status.equals("Succeeded")) {
            fail("The run on PostgreSQL failed: " + Pages.text(driver.findElement(By.id("run-message")))
                    + app.diagnostics());
        }
    }

    private static String awaitAccuracy(WebDriver driver) {
        return Pages.waitUpTo(driver, WAIT).withMessage(() -> "#run-accuracy[data-accuracy]" + Pages.describe(driver))
                .until(d -> d.findElements(By.id("run-accuracy")).stream()
                        .map(e -> e.getDomAttribute("data-accuracy"))
                        .filter(v -> v != null && v.strip().matches("[0-9]*\\.?[0-9]+")).findFirst().orElse(null));
    }

    private static long single(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as(sql + " with " + parameter).isTrue();
                return row.getLong(1);
            }
        }
    }

    /** Exactly the expected line on standard error, nothing that looks like a stack trace anywhere. */
    private static void assertOneLine(StartAttempt start, String expected) {
        assertThat(start.status()).as(start.terminal()).isEqualTo(1);
        assertThat(start.err().strip()).as(start.terminal()).isEqualTo(expected);
        assertThat(start.out() + start.err()).as(start.terminal()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static String shown(String url) {
        String rest = url.substring("jdbc:postgresql://".length());
        int options = rest.indexOf('?');
        return options < 0 ? rest : rest.substring(0, options);
    }
}

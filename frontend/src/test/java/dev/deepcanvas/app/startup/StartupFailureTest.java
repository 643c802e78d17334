package dev.deepcanvas.app.startup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StartupFailureTest {

    @TempDir
    Path dir;

    @Test
    void aCorruptDatabaseIsExplainedInOneLineAndTheTraceGoesToAFile() {
        RuntimeException failure = new RuntimeException("Error creating bean 'flyway'",
                new IllegalStateException("File corrupted while reading record: \"page 12\""));

        String line = StartupFailure.explain(failure, new StartupSettings(8080, dir));

        assertThat(line).doesNotContain("\n")
                .startsWith("DeepCanvas did not start: the database file " + dir.resolve("deepcanvas.mv.db")
                        + " is damaged")
                .contains("left untouched");
        assertThat(dir.resolve(StartupFailure.DETAILS_FILE)).exists();
        assertThat(line).endsWith("(Details: " + dir.resolve(StartupFailure.DETAILS_FILE) + ")");
    }

    @Test
    void aStartupProblemIsPassedThroughAsWritten() {
        String line = StartupFailure.explain(new StartupProblem("Port 1 is already in use."),
                new StartupSettings(1, dir));
        assertThat(line).isEqualTo("DeepCanvas did not start: Port 1 is already in use.");
    }

    @Test
    void anythingElseNamesItsRootCause() {
        String line = StartupFailure.explain(new RuntimeException("outer", new IllegalStateException("inner cause\nmore")),
                new StartupSettings(8080, dir));
        assertThat(line).startsWith("DeepCanvas did not start: inner cause.");
    }

    @Test
    void noDetailsFileWhenTheFolderIsMissing() {
        Path missing = dir.resolve("nope");
        String line = StartupFailure.explain(new RuntimeException("x"), new StartupSettings(8080, missing));
        assertThat(line).doesNotContain("Details");
        assertThat(Files.exists(missing)).isFalse();
    }
}

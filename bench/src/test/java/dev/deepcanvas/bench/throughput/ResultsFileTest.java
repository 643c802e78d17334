package dev.deepcanvas.bench.throughput;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsFileTest {

    @TempDir
    Path folder;

    @Test
    void aCompleteRunReplacesTheResultsFileWithEveryLine() throws Exception {
        Path target = folder.resolve("docs/results.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old figures\n");
        try (ResultsFile report = ResultsFile.open(target)) {
            report.line("# title");
            report.blank();
            report.format("| %d | %.1f |%n", 3, 2.5);
            report.complete();
        }
        assertThat(Files.readString(target)).isEqualTo("# title\n\n| 3 | 2.5 |\n");
        assertThat(target.resolveSibling("results.md.partial")).doesNotExist();
    }

    @Test
    void anInterruptedRunLeavesTheLastCompleteResultsAndItsOwnLinesBeside() throws Exception {
        Path target = folder.resolve("results.md");
        Files.writeString(target, "old figures\n");
        try (ResultsFile report = ResultsFile.open(target)) {
            report.line("measured so far");
            assertThat(report.where()).endsWith("results.md.partial");
        }
        assertThat(Files.readString(target)).isEqualTo("old figures\n");
        assertThat(Files.readString(folder.resolve("results.md.partial"))).isEqualTo("measured so far\n");
    }

    @Test
    void withoutAFileItOnlyPrints() throws Exception {
        try (ResultsFile report = ResultsFile.open(null)) {
            report.line("printed");
            report.complete();
            assertThat(report.where()).isEmpty();
        }
        assertThat(folder).isEmptyDirectory();
    }
}

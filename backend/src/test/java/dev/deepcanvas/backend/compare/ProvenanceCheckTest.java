package dev.deepcanvas.backend.compare;

import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.DataFingerprint;
import dev.deepcanvas.backend.training.DataFingerprints;
import dev.deepcanvas.backend.training.RunProvenance;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProvenanceCheckTest {

    private static final DataFingerprint IRIS_TRAIN = new DataFingerprint("a1".repeat(32), 105);
    private static final DataFingerprint IRIS_TEST = new DataFingerprint("b2".repeat(32), 45);
    private static final DataFingerprint OTHER_TRAIN = new DataFingerprint("c3".repeat(32), 120);
    private static final String BACKEND = "CpuBackend linux-x86_64-onednn, oneDNN on, 1 native thread";

    @Test
    void runsOfTheSameDataAndSoftwareNeedNoWarning() {
        DataFingerprints data = new DataFingerprints(IRIS_TRAIN, null, IRIS_TEST);

        assertThat(ProvenanceCheck.warnings(List.of(run(1, data, "0.1.0", BACKEND), run(2, data, "0.1.0", BACKEND),
                run(3, data, "0.1.0", BACKEND)))).isEmpty();
    }

    @Test
    void differentTrainingDataIsNamedRunByRun() {
        List<String> warnings = ProvenanceCheck.warnings(List.of(
                run(1, new DataFingerprints(IRIS_TRAIN, null, IRIS_TEST), "0.1.0", BACKEND),
                run(2, new DataFingerprints(OTHER_TRAIN, null, IRIS_TEST), "0.1.0", BACKEND),
                run(3, new DataFingerprints(IRIS_TRAIN, null, IRIS_TEST), "0.1.0", BACKEND)));

        assertThat(warnings).containsExactly("These runs did not learn from the same data: runs #1, #3: 105 rows, "
                + "fingerprint a1a1a1a1a1a1; run #2: 120 rows, fingerprint c3c3c3c3c3c3. Figures learned from "
                + "different data do not compare like for like.");
    }

    @Test
    void differentTestDataVersionsAndBackEndsEachGetAWarning() {
        DataFingerprint otherTest = new DataFingerprint("d4".repeat(32), 45);
        List<String> warnings = ProvenanceCheck.warnings(List.of(
                run(7, new DataFingerprints(IRIS_TRAIN, null, IRIS_TEST), "0.1.0", BACKEND),
                run(8, new DataFingerprints(IRIS_TRAIN, null, otherTest), "0.2.0",
                        "CpuBackend linux-x86_64-avx2, oneDNN off, 2 native threads")));

        assertThat(warnings).hasSize(3);
        assertThat(warnings.get(0)).startsWith("Their final figures were measured on different test data: run #7: "
                + "45 rows, fingerprint b2b2b2b2b2b2; run #8: 45 rows, fingerprint d4d4d4d4d4d4.");
        assertThat(warnings.get(1)).isEqualTo("Different versions of DeepCanvas trained these runs: run #7: 0.1.0; "
                + "run #8: 0.2.0. A change in DeepCanvas itself may explain part of the difference.");
        assertThat(warnings.get(2)).startsWith("Different ND4J back ends trained these runs: run #7: " + BACKEND
                + "; run #8: CpuBackend linux-x86_64-avx2, oneDNN off, 2 native threads.");
    }

    @Test
    void aRunWithoutRecordedProvenanceIsNamedBecauseItCannotBeChecked() {
        DataFingerprints data = new DataFingerprints(IRIS_TRAIN, null, IRIS_TEST);

        List<String> warnings = ProvenanceCheck.warnings(List.of(run(1, data, "0.1.0", BACKEND),
                run(2, null, null, null)));

        assertThat(warnings).containsExactly("Run #2 recorded no fingerprint of its data (trained before DeepCanvas "
                + "kept one, or never started), so whether all runs saw the same data cannot be checked.");
    }

    private static RunSummary run(long id, DataFingerprints data, String version, String backend) {
        return new RunSummary(id, null, null, "Iris", "iris", RunState.SUCCEEDED, null, 1, 1, 0.1, 0.9,
                Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, TaskKind.CLASSIFICATION, 0.9, 1,
                new RunProvenance(data, version, backend), java.time.Duration.ZERO);
    }
}

package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.DataFingerprint;
import dev.deepcanvas.backend.training.DataFingerprints;
import dev.deepcanvas.backend.training.RunProvenance;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.WorkerDescription;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The run page's Provenance section and the Compare page's warnings, as the reader sees their text. */
class ProvenanceViewsTest {

    private static final String SHA = "0123456789abcdef".repeat(4);

    @Test
    void theCompareWarningAppearsWithEveryReasonAndNotWithoutOne() {
        assertThat(ProvenanceWarnings.of(List.of())).isEmpty();

        ProvenanceWarnings box = ProvenanceWarnings.of(List.of("These runs did not learn from the same data: …",
                "Different versions of DeepCanvas trained these runs: …")).orElseThrow();

        assertThat(box.getId()).contains("compare-warnings");
        assertThat(texts(box)).contains("These runs may not compare like for like:",
                "These runs did not learn from the same data: …",
                "Different versions of DeepCanvas trained these runs: …");
    }

    @Test
    void theProvenanceSectionShowsEachPartTheVersionAndTheBackEnd() {
        ProvenanceTable table = new ProvenanceTable();
        table.show(run(RunState.SUCCEEDED, TaskKind.CLASSIFICATION, new RunProvenance(new DataFingerprints(
                new DataFingerprint(SHA, 105), null, new DataFingerprint(SHA, 45)), "0.1.0-SNAPSHOT",
                "CpuBackend linux-x86_64-onednn, oneDNN on, 1 native thread")));

        assertThat(texts(table)).containsSubsequence("training data", "105 rows · fingerprint 0123456789ab",
                "validation data", "none (the dataset has no validation part)",
                "test data", "45 rows · fingerprint 0123456789ab",
                "DeepCanvas", "0.1.0-SNAPSHOT",
                "ND4J back end", "CpuBackend linux-x86_64-onednn, oneDNN on, 1 native thread");
        assertThat(table.getChildren().filter(c -> c.getElement().hasAttribute("title")).findFirst().orElseThrow()
                .getElement().getAttribute("title")).isEqualTo("SHA-256 " + SHA);
    }

    @Test
    void aRunWithoutRecordedProvenanceSaysSo() {
        ProvenanceTable queued = new ProvenanceTable();
        queued.show(run(RunState.QUEUED, TaskKind.CLASSIFICATION, new RunProvenance(null, "0.1.0", "CpuBackend")));
        ProvenanceTable old = new ProvenanceTable();
        old.show(run(RunState.SUCCEEDED, TaskKind.CLASSIFICATION, new RunProvenance(null, null, null)));

        assertThat(texts(queued)).contains("recorded when the run starts", "0.1.0");
        assertThat(texts(old)).contains("not recorded (trained before DeepCanvas kept fingerprints, or cancelled "
                + "before it started)").filteredOn("not recorded"::equals).hasSize(2);
    }

    @Test
    void theProvenanceSectionNamesTheWorkerAndWhatItIs() {
        ProvenanceTable table = new ProvenanceTable();
        WorkerDescription worker = new WorkerDescription("gpu-box-41873-9f3a", "gpu-box", "worker", "0.1.0",
                "CudaBackend linux-x86_64", 16, 2, 4, Instant.EPOCH, Instant.EPOCH, null);
        table.describeWorkersWith(id -> id.equals(worker.id()) ? Optional.of(worker) : Optional.empty());
        table.show(run(RunState.RUNNING, TaskKind.CLASSIFICATION,
                new RunProvenance(null, "0.1.0", "CudaBackend linux-x86_64", "gpu-box-41873-9f3a")));
        ProvenanceTable queued = new ProvenanceTable();
        queued.show(run(RunState.QUEUED, TaskKind.CLASSIFICATION, new RunProvenance(null, "0.1.0", null)));

        assertThat(texts(table)).containsSubsequence("worker", "gpu-box-41873-9f3a · host gpu-box · 16 cores · 2 runs "
                + "at once · 4 native threads each");
        assertThat(texts(queued)).contains("recorded when a worker takes the run");
    }

    private static List<String> texts(Component root) {
        return descendants(root).filter(c -> c instanceof HasText).map(c -> ((HasText) c).getText())
                .filter(t -> !t.isEmpty()).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ProvenanceViewsTest::descendants));
    }

    private static RunSummary run(RunState state, TaskKind task, RunProvenance provenance) {
        return new RunSummary(3, null, null, "Iris", "iris", state, null, 10, 10, 0.1, 0.9, Instant.EPOCH,
                Instant.EPOCH, Instant.EPOCH, task, 0.9, 10, provenance,
                java.time.Duration.ZERO);
    }
}

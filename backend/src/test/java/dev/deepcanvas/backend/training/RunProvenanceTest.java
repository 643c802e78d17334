package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.SplitCounts;
import dev.deepcanvas.backend.dataset.builtin.IrisDataset;
import dev.deepcanvas.db.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every run records the exact data it used and the software that trained it. */
@DatabaseTest
class RunProvenanceTest extends ServiceTest {

    @Autowired
    Runs helper;
    @Autowired
    DatasetService datasets;

    @Test
    void runsOnTheSameDataShareAFingerprintAndRunsOnOtherDataDoNot() throws Exception {
        RunSummary first = helper.awaitTerminal(helper.startIris(RunOptions.none().withEpochs(1).withSeed(5L)).id());
        RunSummary second = helper.awaitTerminal(helper.startIris(RunOptions.none().withEpochs(1).withSeed(5L)).id());
        RunSummary linear = helper.awaitTerminal(helper.startLinear(RunOptions.none().withEpochs(1)).id());

        DataFingerprints iris = first.provenance().data();
        SplitCounts counts = datasets.describe(IrisDataset.ID).counts();
        assertThat(iris.train().rows()).isEqualTo(counts.train());
        assertThat(iris.test().rows()).isEqualTo(counts.test());
        assertThat(iris.validation()).isNull();
        assertThat(second.provenance().data()).isEqualTo(iris);

        DataFingerprints other = linear.provenance().data();
        assertThat(other.train().sha256()).isNotEqualTo(iris.train().sha256());
        assertThat(other.test().sha256()).isNotEqualTo(iris.test().sha256());
        assertThat(other.train().rows()).isEqualTo(200);
        assertThat(other.test().rows()).isEqualTo(50);
    }

    @Test
    void aRunRecordsTheDeepCanvasVersionAndTheNd4jBackEnd() throws Exception {
        RunSummary queued = helper.startIris(RunOptions.none().withEpochs(1));
        // Known as soon as the run is queued; the data only once it starts.
        assertThat(queued.provenance().appVersion()).isEqualTo(projectVersion());
        RunSummary done = helper.awaitTerminal(queued.id());

        assertThat(done.provenance().appVersion()).isEqualTo(projectVersion()).doesNotContain("@");
        assertThat(done.provenance().backend()).startsWith("CpuBackend linux-x86_64")
                .containsPattern("oneDNN (on|off), \\d+ native threads?$");
        assertThat(done.provenance().data()).isNotNull();
    }

    /** The version Maven builds the project as, handed to the tests by the build (see the backend's pom). */
    private static String projectVersion() {
        return System.getProperty("deepcanvas.project-version", "set by Maven's surefire configuration");
    }
}

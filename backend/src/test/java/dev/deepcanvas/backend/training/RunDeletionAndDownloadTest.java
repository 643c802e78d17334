package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.training.run.RunFiles;
import dev.deepcanvas.db.run.RunIterationMetricRepository;
import dev.deepcanvas.db.testing.DatabaseTest;
import dev.deepcanvas.graph.document.GraphJson;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.InputStream;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class RunDeletionAndDownloadTest extends ServiceTest {

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunDownloads downloads;
    @Autowired
    RunResultsService results;
    @Autowired
    RunFiles files;
    @Autowired
    RunIterationMetricRepository iterationMetrics;
    @Autowired
    Runs helper;

    @Test
    void downloadsTheModelAndTheGraphItWasTrainedFrom() throws Exception {
        RunSummary run = helper.startIris(RunOptions.none().withEpochs(3).withBatchSize(32));
        helper.awaitTerminal(run.id());

        ComputationGraph restored;
        try (InputStream in = downloads.openModel(run.id())) {
            restored = ModelSerializer.restoreComputationGraph(in, false);
        }
        assertThat(restored.numParams()).isEqualTo(4 * 16 + 16 + 16 * 3 + 3);
        assertThat(downloads.modelFileName(run.id())).isEqualTo("iris-classifier-run-" + run.id() + ".zip");
        assertThat(GraphJson.parse(downloads.graphJson(run.id())).training().batchSize()).isEqualTo(32);
        assertThat(downloads.graphFileName(run.id())).endsWith(".graph.json");
    }

    @Test
    void aRunWithoutAModelSaysSo() throws Exception {
        RunSummary run = helper.startLinear(RunOptions.none().withEpochs(5).withOptimizer("sgd")
                .withLearningRate(10.0));
        helper.awaitTerminal(run.id());

        assertThatThrownBy(() -> downloads.modelFile(run.id()))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("only succeeded runs have one (this one is failed)");
    }

    @Test
    void deletingARunRemovesItsRowsAndFiles() throws Exception {
        RunSummary run = helper.startIris(RunOptions.none().withEpochs(2));
        helper.awaitTerminal(run.id());
        assertThat(Files.isRegularFile(files.model(run.id()))).isTrue();
        assertThat(results.find(run.id())).isPresent();

        launcher.delete(run.id());

        assertThat(queries.find(run.id())).isEmpty();
        assertThat(queries.metrics(run.id())).isEmpty();
        assertThat(iterationMetrics.countByRunId(run.id())).isZero();
        assertThat(results.find(run.id())).isEmpty();
        assertThat(Files.exists(files.folder(run.id()))).isFalse();
        assertThatThrownBy(() -> launcher.delete(run.id())).isInstanceOf(RunNotFoundException.class);
    }

    @Test
    void aRunningRunMustBeCancelledBeforeItIsDeleted() throws Exception {
        RunSummary run = helper.startIris(RunOptions.none().withEpochs(10_000));
        helper.awaitEpoch(run.id(), 1);

        assertThatThrownBy(() -> launcher.delete(run.id()))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("cancel it first");

        launcher.cancel(run.id());
        assertThat(helper.awaitTerminal(run.id()).status()).isEqualTo(RunState.CANCELLED);
        launcher.delete(run.id());
        assertThat(Files.exists(files.folder(run.id()))).isFalse();
    }
}

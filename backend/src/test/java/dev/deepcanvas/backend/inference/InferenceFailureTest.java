package dev.deepcanvas.backend.inference;

import dev.deepcanvas.backend.dataset.UnknownDatasetException;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.DatasetLookup;
import dev.deepcanvas.backend.training.RunDownloads;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A run whose dataset is gone and a dataset that fails for another reason are told apart: the first is a known
 * situation with its own message (and a model that still answers), the second a fault that is logged in full and
 * never passed off as a deleted dataset.
 */
@ExtendWith(OutputCaptureExtension.class)
class InferenceFailureTest {

    private static final long RUN = 41;

    @TempDir
    Path folder;

    private final RunQueries runs = mock(RunQueries.class);
    private final RunDownloads downloads = mock(RunDownloads.class);
    private final DatasetLookup datasets = mock(DatasetLookup.class);
    private final InferenceService inference = new InferenceService(runs, downloads, datasets);

    @Test
    void aRunWhoseDatasetWasDeletedStillPredictsAndSaysWhyItsFormIsGone() throws IOException {
        givenARegressionRunOn("upload-7");
        when(datasets.get("upload-7")).thenThrow(new UnknownDatasetException("upload-7"));

        Prediction prediction = inference.predict(RUN, new double[]{0.5, -1, 2});
        assertThat(prediction.kind()).isEqualTo(TaskKind.REGRESSION);
        // Without the dataset its target scale is unknown, and the prediction says it is in the model's units.
        assertThat(prediction.unit()).isNull();
        assertThat(prediction.original()).isEqualTo(prediction.values());
        assertThatThrownBy(() -> inference.featureForm(RUN))
                .isInstanceOf(InferenceRejectedException.class)
                .hasMessage("The dataset of run #41 is no longer available, so inputs cannot be prepared the way "
                        + "its training data were.");
    }

    @Test
    void anUnexpectedFailureIsLoggedAndNotDisguisedAsADeletedDataset(CapturedOutput log) throws IOException {
        givenARegressionRunOn("house-prices");
        when(datasets.get("house-prices")).thenThrow(new IllegalStateException("scaler lost its statistics"));

        assertThatThrownBy(() -> inference.predict(RUN, new double[]{0.5, -1, 2}))
                .isInstanceOf(InferenceRejectedException.class)
                .hasMessage("The dataset of run #41 could not be loaded because of an unexpected error (scaler lost "
                        + "its statistics); the details are in the log file.")
                .message().doesNotContain("no longer available");
        // Not answered in standardised units as if the dataset were gone: no model was set up at all.
        assertThat(inference.isLoaded(RUN)).isFalse();
        assertThat(log.getOut()).contains("Run 41: its dataset 'house-prices' could not be loaded")
                .contains("java.lang.IllegalStateException: scaler lost its statistics")
                .contains("at dev.deepcanvas.backend.inference.InferenceService");
    }

    private void givenARegressionRunOn(String datasetId) throws IOException {
        RunSummary run = new RunSummary(RUN, null, null, "Linear", datasetId, RunState.SUCCEEDED, null, 1, 1, 0.1,
                null, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, TaskKind.REGRESSION, 0.9, 1, null,
                java.time.Duration.ZERO);
        when(runs.find(RUN)).thenReturn(Optional.of(run));
        when(downloads.modelFile(RUN)).thenReturn(linearModel());
    }

    /** Three numbers in, one out: the smallest regressor, saved the way a run saves its model. */
    private Path linearModel() throws IOException {
        ComputationGraphConfiguration configuration = new NeuralNetConfiguration.Builder().seed(1).graphBuilder()
                .addInputs("x")
                .addLayer("y", new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(3).nOut(1)
                        .activation(Activation.IDENTITY).build(), "x")
                .setOutputs("y")
                .build();
        ComputationGraph net = new ComputationGraph(configuration);
        net.init();
        Path file = folder.resolve("model.zip");
        ModelSerializer.writeModel(net, file.toFile(), false);
        return file;
    }
}

package dev.deepcanvas.backend.inference;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class InferenceServiceTest extends ServiceTest {

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    InferenceService inference;
    @Autowired
    DatasetService datasets;
    @Autowired
    Runs helper;

    @Test
    void aTrainedIrisModelPredictsClassProbabilities() throws Exception {
        RunSummary run = helper.startIris(RunOptions.none().withEpochs(30));
        helper.awaitTerminal(run.id());
        PreparedDataset iris = datasets.get("iris");

        int correct = 0;
        for (int row = 0; row < 30; row++) {
            double[] features = iris.test().getFeatures().getRow(row).toDoubleVector();
            Prediction prediction = inference.predict(run.id(), features);

            assertThat(prediction.kind()).isEqualTo(TaskKind.CLASSIFICATION);
            assertThat(prediction.classes()).extracting(ClassProbability::className)
                    .containsExactly("setosa", "versicolor", "virginica");
            assertThat(prediction.classes().stream().mapToDouble(ClassProbability::probability).sum())
                    .isCloseTo(1.0, within(1e-4));
            String actual = iris.classNames().get(iris.test().getLabels().getRow(row).argMax().getInt(0));
            if (prediction.predictedClass().equals(actual)) {
                correct++;
            }
        }
        assertThat(correct).isGreaterThanOrEqualTo(27);
        assertThat(inference.isLoaded(run.id())).isTrue();
        assertThat(inference.predictHeldOut(run.id(), 0).values())
                .isEqualTo(inference.predict(run.id(), iris.test().getFeatures().getRow(0).toDoubleVector()).values());

        launcher.delete(run.id());
        assertThat(inference.isLoaded(run.id())).isFalse();
    }

    @Test
    void anInputOfTheWrongShapeSaysWhatTheModelTakes() throws Exception {
        RunSummary run = helper.startIris(RunOptions.none().withEpochs(2));
        helper.awaitTerminal(run.id());

        assertThatThrownBy(() -> inference.predict(run.id(), new double[]{1, 2, 3}))
                .isInstanceOf(InferenceRejectedException.class)
                .hasMessageContaining("Enter exactly 4 numbers");
        assertThatThrownBy(() -> inference.predictHeldOut(run.id(), 30))
                .isInstanceOf(InferenceRejectedException.class)
                .hasMessage("Held-out example 30 does not exist: choose 0 to 29.");
    }

    @Test
    void aRunWithoutAModelCannotBeTried() throws Exception {
        RunSummary run = helper.startLinear(RunOptions.none().withEpochs(5).withOptimizer("sgd")
                .withLearningRate(10.0));
        helper.awaitTerminal(run.id());

        assertThatThrownBy(() -> inference.predict(run.id(), new double[]{0, 0, 0}))
                .isInstanceOf(InferenceRejectedException.class)
                .hasMessageContaining("Train it to completion to try it here.");
    }
}

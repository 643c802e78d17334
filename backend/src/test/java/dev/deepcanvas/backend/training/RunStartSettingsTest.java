package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.testing.DatabaseTest;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class RunStartSettingsTest extends ServiceTest {

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunRepository runs;
    @Autowired
    TemplateCatalog templates;
    @Autowired
    Runs helper;

    @Test
    void theStartDialogOverridesTheDocumentAndTheRunKeepsAnImmutableSnapshot() throws Exception {
        RunOptions options = RunOptions.none().withEpochs(3).withBatchSize(8).withOptimizer("sgd")
                .withLearningRate(0.05).withSeed(7L)
                .withEarlyStopping(new EarlyStopping(EarlyStopping.Monitor.VALIDATION_LOSS, 2));

        RunSummary run = helper.startIris(options);
        helper.awaitTerminal(run.id());

        RunSnapshot snapshot = queries.snapshot(run.id());
        assertThat(snapshot.hyperparameters()).isEqualTo(new Hyperparameters("sgd", 0.05, 8, 3, "xavier", 1e-4, 7L,
                new EarlyStopping(EarlyStopping.Monitor.VALIDATION_LOSS, 2), null, null));
        assertThat(snapshot.graph().training()).isEqualTo(snapshot.hyperparameters().toTrainingSettings());
        assertThat(snapshot.graph().nodes()).isEqualTo(helper.iris().nodes());
        assertThat(snapshot.datasetId()).isEqualTo("iris");
        assertThat(snapshot.summary().epochsPlanned()).isEqualTo(3);
        assertThat(snapshot.summary().task()).isEqualTo(TaskKind.CLASSIFICATION);
        assertThat(runs.findById(run.id()).orElseThrow().getSeed()).isEqualTo(7L);
    }

    @Test
    void withoutOptionsTheDocumentSettingsAreUsed() throws Exception {
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null,
                helper.iris().withTraining(helper.iris().training().withEpochs(2)), "iris"));
        helper.awaitTerminal(run.id());

        Hyperparameters stored = queries.snapshot(run.id()).hyperparameters();
        assertThat(stored.toTrainingSettings()).isEqualTo(helper.iris().training().withEpochs(2));
        assertThat(stored.earlyStopping()).isNull();
    }

    @Test
    void outOfRangeSettingsAreRefusedWithAMessagePerFieldAndNothingIsStored() {
        long before = runs.count();
        RunOptions bad = new RunOptions(0, 70_000, "adamw", 11.0, null,
                new EarlyStopping(EarlyStopping.Monitor.VALIDATION_LOSS, 0));

        assertThatThrownBy(() -> helper.startIris(bad))
                .isInstanceOf(TrainingRejectedException.class)
                .satisfies(e -> assertThat(((TrainingRejectedException) e).reasons()).containsExactly(
                        "Epochs is 0: enter a whole number from 1 to 10000.",
                        "Batch size is 70000: enter a whole number from 1 to 65536 (16 to 256 is typical).",
                        "Optimiser \"adamw\" is unknown: choose one of adam, sgd, nesterovs, rmsprop, adagrad.",
                        "Learning rate is 11.0: enter a number above 0 and at most 10 (0.001 to 0.1 is typical).",
                        "Early stopping patience is 0: enter how many epochs without improvement to allow, "
                                + "from 1 to 1000."));
        assertThat(runs.count()).isEqualTo(before);
    }

    /**
     * Layer statistics every N steps: at least one step, no more than the run has, and at most a thousand
     * measurements besides the epochs' ends. Iris with batch 8 has 15 steps an epoch.
     */
    @Test
    void absurdLayerStatisticsIntervalsAreRefusedNamingWhatToEnter() {
        long before = runs.count();
        RunOptions iris = RunOptions.none().withEpochs(2).withBatchSize(8);
        assertThatThrownBy(() -> helper.startIris(iris.withLayerStatisticsEvery(0)))
                .isInstanceOf(TrainingRejectedException.class)
                .satisfies(e -> assertThat(((TrainingRejectedException) e).reasons()).containsExactly(
                        "Layer statistics every 0 steps: enter a whole number of steps from 1 up, or leave it empty "
                                + "to measure the layers at each epoch's end only."));
        assertThatThrownBy(() -> helper.startIris(iris.withLayerStatisticsEvery(31)))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("Layer statistics every 31 steps: this run has only 30 steps, so that would "
                        + "measure nothing besides each epoch's end. Enter a number up to 30, or leave it empty.");
        assertThatThrownBy(() -> helper.startIris(iris.withEpochs(100).withLayerStatisticsEvery(1)))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("Layer statistics every 1 step would measure 1500 of this run's 1500 steps; "
                        + "a run measures at most 1000 besides each epoch's end (each one copies the weights): "
                        + "enter 2 or more, or leave it empty.");
        assertThat(runs.count()).isEqualTo(before);
    }

    @Test
    void adamsBeta1IsStoredWithTheRunAndInItsGraphSnapshot() throws Exception {
        RunSummary run = helper.startIris(RunOptions.none().withEpochs(1).withBeta1(0.5));
        helper.awaitTerminal(run.id());

        RunSnapshot snapshot = queries.snapshot(run.id());
        assertThat(snapshot.hyperparameters().beta1()).isEqualTo(0.5);
        assertThat(snapshot.graph().training().beta1()).isEqualTo(0.5);
        assertThat(snapshot.settingsTable()).containsEntry("Adam β1", "0.5")
                .doesNotContainKey(Hyperparameters.DISCRIMINATOR_LEARNING_RATE);
    }

    /** Runs stored before the GAN settings existed (and before early stopping) must still read back unchanged. */
    @Test
    void hyperparametersStoredBeforeTheGanSettingsReadBack() {
        Hyperparameters old = Hyperparameters.fromJson("""
                {"optimizer":"adam","learningRate":2.0E-4,"batchSize":64,"epochs":30,"weightInit":"xavier",\
                "l2":0.0,"seed":42}""");
        assertThat(old.beta1()).isNull();
        assertThat(old.discriminatorLearningRate()).isNull();
        assertThat(old.toTrainingSettings()).isEqualTo(
                new dev.deepcanvas.graph.document.TrainingSettings("adam", 2.0E-4, 64, 30, "xavier", 0.0, 42L));
        assertThat(old.asTable(true)).containsEntry("Adam β1", "0.9")
                .containsEntry(Hyperparameters.DISCRIMINATOR_LEARNING_RATE, "same as learning rate");
        assertThat(Hyperparameters.fromJson(old.toJson())).isEqualTo(old);
    }

    @Test
    void absurdGanSettingsAreRefusedWithAMessagePerField() {
        assertThatThrownBy(() -> helper.startIris(RunOptions.none().withBeta1(1.0).withDiscriminatorLearningRate(0.001)))
                .isInstanceOf(TrainingRejectedException.class)
                .satisfies(e -> assertThat(((TrainingRejectedException) e).reasons()).containsExactly(
                        "Adam's β1 is 1.0: enter a number from 0 up to, but not including, 1 (0.9 is Adam's "
                                + "default, 0.5 the usual choice for a GAN).",
                        "A discriminator learning rate only applies to a GAN, and this graph has no discriminator "
                                + "block: leave it empty."));
    }

    @Test
    void aGansDiscriminatorLearningRateMustBePositive() {
        GraphDocument gan = templates.find("digit-gan").orElseThrow().document();
        assertThatThrownBy(() -> launcher.start(new RunLauncher.StartRequest(null, null, gan,
                dev.deepcanvas.backend.dataset.builtin.MnistDataset.ID, RunOptions.none().withDiscriminatorLearningRate(-0.1))))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("Discriminator learning rate is -0.1: enter a number above 0");
    }

    @Test
    void aZeroLearningRateAndTooManyEpochsAreRefused() {
        assertThatThrownBy(() -> helper.startIris(RunOptions.none().withLearningRate(0.0).withEpochs(10_001)))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("Epochs is 10001")
                .hasMessageContaining("Learning rate is 0.0");
    }

    @Test
    void earlyStoppingOnAccuracyIsRefusedForARegressor() {
        assertThatThrownBy(() -> helper.startLinear(RunOptions.none().withEpochs(10)
                .withEarlyStopping(new EarlyStopping(EarlyStopping.Monitor.VALIDATION_ACCURACY, 3))))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("watch the held-out loss instead");
    }

    @Test
    void aPatienceThatCouldNeverTriggerIsRefused() {
        assertThatThrownBy(() -> helper.startIris(RunOptions.none().withEpochs(5)
                .withEarlyStopping(new EarlyStopping(EarlyStopping.Monitor.VALIDATION_LOSS, 5))))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("lower the patience or raise the epochs");
    }

    @Test
    void aClassifierOnRegressionDataSaysToChangeTheLoss() {
        assertThatThrownBy(() -> launcher.start(new RunLauncher.StartRequest(null, null,
                helper.iris().withNode(helper.iris().node("input").orElseThrow().withParam("size", 3)),
                TestDatasets.LINEAR)))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("set the activation of Output node 'output' to identity and its loss to mse");
    }
}

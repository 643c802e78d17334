package dev.deepcanvas.backend.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The settings table people read on a run's page and in the comparison: numbers as people write them. */
class HyperparametersTableTest {

    @Test
    void smallRatesAndL2AreWrittenInPlainDecimals() {
        assertThat(Hyperparameters.plain(1.0E-4)).isEqualTo("0.0001");
        assertThat(Hyperparameters.plain(2.0E-4)).isEqualTo("0.0002");
        assertThat(Hyperparameters.plain(0.01)).isEqualTo("0.01");
        assertThat(Hyperparameters.plain(0.5)).isEqualTo("0.5");
        assertThat(Hyperparameters.plain(0.0)).isEqualTo("0");
        assertThat(Hyperparameters.plain(1.0E-7)).isEqualTo("0.0000001");
    }

    @Test
    void onlyAGansTableHasTheDiscriminatorsLearningRate() {
        Hyperparameters own = new Hyperparameters("adam", 2.0E-4, 64, 30, "xavier", 0.0, 42, null, 0.5, 1.0E-4);
        Hyperparameters shared = new Hyperparameters("adam", 2.0E-4, 64, 30, "xavier", 0.0, 42, null, null, null);

        assertThat(own.asTable(true)).containsEntry(Hyperparameters.DISCRIMINATOR_LEARNING_RATE, "0.0001");
        assertThat(shared.asTable(true)).containsEntry(Hyperparameters.DISCRIMINATOR_LEARNING_RATE,
                "same as learning rate");
        assertThat(own.asTable(false)).doesNotContainKey(Hyperparameters.DISCRIMINATOR_LEARNING_RATE)
                .containsKeys("optimizer", "learning rate", "Adam β1", "batch size", "epochs", "weight init", "L2",
                        "seed", "early stopping");
        // the GAN's table is the other one with its row added after the learning rate
        assertThat(own.asTable(true).entrySet()).containsSubsequence(entry("learning rate", "0.0002"),
                entry(Hyperparameters.DISCRIMINATOR_LEARNING_RATE, "0.0001"), entry("Adam β1", "0.5"));
        assertThat(own.asTable(true)).hasSize(own.asTable(false).size() + 1);
    }

    @Test
    void theTableSaysWhichStepsMeasuredTheLayers() {
        Hyperparameters epochEnds = new Hyperparameters("adam", 0.01, 16, 5, "xavier", 0.0, 42, null, null, null);
        Hyperparameters everyFifty = new Hyperparameters("adam", 0.01, 16, 5, "xavier", 0.0, 42, null, null, null,
                50);
        Hyperparameters everyStep = new Hyperparameters("adam", 0.01, 16, 5, "xavier", 0.0, 42, null, null, null,
                1);

        assertThat(epochEnds.asTable(false)).containsEntry(Hyperparameters.LAYER_STATISTICS,
                "each epoch's last step");
        assertThat(everyFifty.asTable(false)).containsEntry(Hyperparameters.LAYER_STATISTICS,
                "every 50 steps and each epoch's last");
        assertThat(everyStep.asTable(true)).containsEntry(Hyperparameters.LAYER_STATISTICS,
                "every 1 step and each epoch's last");
        // stored with the run, and runs stored before the setting existed read back as each epoch's end only
        assertThat(Hyperparameters.fromJson(everyFifty.toJson())).isEqualTo(everyFifty);
        assertThat(Hyperparameters.fromJson(epochEnds.toJson().replace(",\"layerStatisticsEvery\":null", "")))
                .isEqualTo(epochEnds);
    }
}

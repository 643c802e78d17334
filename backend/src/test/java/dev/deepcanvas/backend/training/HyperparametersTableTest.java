package dev.deepcanvas.backend.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
}

package dev.deepcanvas.backend.training.plain;

import dev.deepcanvas.backend.training.EarlyStopping;
import dev.deepcanvas.backend.training.run.HeldOutScore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Early stopping's bookkeeping, without Spring or DL4J. */
class EarlyStopperTest {

    @Test
    void earlyStoppingCountsEpochsWithoutImprovement() {
        EarlyStopper stopper = new EarlyStopper(new EarlyStopping(EarlyStopping.Monitor.VALIDATION_ACCURACY, 2),
                EarlyStopper.State.initial());
        assertThat(stopper.record(1, new HeldOutScore(1.0, 0.5, 0.5))).isTrue();
        assertThat(stopper.record(2, new HeldOutScore(0.9, 0.7, 0.7))).isTrue();
        assertThat(stopper.record(3, new HeldOutScore(0.8, 0.7, 0.7))).isFalse();
        assertThat(stopper.shouldStop()).isFalse();
        assertThat(stopper.record(4, new HeldOutScore(0.7, 0.6, 0.6))).isFalse();
        assertThat(stopper.shouldStop()).isTrue();
        assertThat(stopper.state().bestEpoch()).isEqualTo(2);
        assertThat(new EarlyStopper(null, EarlyStopper.State.initial()).shouldStop()).isFalse();
    }
}

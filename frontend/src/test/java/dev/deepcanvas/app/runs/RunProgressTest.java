package dev.deepcanvas.app.runs;

import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunUpdate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunProgressTest {

    @Test
    void aRunningRunShowsEpochIterationAndTimeLeft() {
        RunUpdate update = new RunUpdate(7, RunState.RUNNING, 2, 50, 0.4, 0.9, null, 412, 6000, 65L, 0.3, 0.5, 0.9);
        assertThat(RunProgress.of(update)).isEqualTo("Epoch 3 / 50 · iteration 412 / 6,000 · about 1 min 5 s left");
    }

    @Test
    void aFinishedRunShowsNoTimeLeft() {
        RunUpdate update = new RunUpdate(7, RunState.SUCCEEDED, 50, 50, 0.1, 0.97, null, 6000, 6000, 0L, 0.1, 0.2,
                0.97);
        assertThat(RunProgress.of(update)).isEqualTo("Epoch 50 / 50 · iteration 6,000 / 6,000");
    }

    @Test
    void longWaitsReadInHours() {
        assertThat(RunProgress.duration(59)).isEqualTo("59 s");
        assertThat(RunProgress.duration(3 * 3600 + 5 * 60)).isEqualTo("3 h 5 min");
    }
}

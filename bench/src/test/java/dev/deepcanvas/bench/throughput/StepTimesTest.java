package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.backend.training.TrainingSteps;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StepTimesTest {

    @Test
    void eachRunsStepEndsAreKeptApartInStepOrder() {
        TrainingSteps steps = new TrainingSteps();
        try (StepTimes times = new StepTimes(steps)) {
            steps.stepped(1, 1, 10);
            steps.stepped(2, 1, 15);
            steps.stepped(1, 2, 20);
            steps.stepped(1, 3, 35);
            assertThat(times.endsOf(1)).containsExactly(10, 20, 35);
            assertThat(times.endsOf(2)).containsExactly(15);
        }
    }

    @Test
    void aMissingStepOrARunWithoutStepsCannotBeTimed() {
        TrainingSteps steps = new TrainingSteps();
        try (StepTimes times = new StepTimes(steps)) {
            steps.stepped(1, 1, 10);
            steps.stepped(1, 3, 30);
            assertThatThrownBy(() -> times.endsOf(1)).hasMessageContaining("step 3 where step 2 was due");
            assertThatThrownBy(() -> times.endsOf(9)).hasMessageContaining("Run 9 reported no training step");
        }
    }

    @Test
    void aRunIsSettledAfterItsLastNetworkSettledAndSaysHowEachUsesTheCores() {
        TrainingSteps steps = new TrainingSteps();
        try (StepTimes times = new StepTimes(steps)) {
            steps.stepped(1, 1, 10);
            steps.settled(1, 1, "discriminator", "1 native thread");
            steps.settled(1, 40, "generator", "2 data-parallel parts");
            assertThat(times.settledAfter(1)).isEqualTo(40);
            assertThat(times.ways(1)).isEqualTo("discriminator: 1 native thread; generator: 2 data-parallel parts");
            steps.settled(2, 12, "network", "1 native thread");
            assertThat(times.ways(2)).isEqualTo("1 native thread");
            assertThat(times.settledAfter(3)).as("a run that said nothing").isZero();
        }
    }

    @Test
    void closedItHearsNoMoreSteps() {
        TrainingSteps steps = new TrainingSteps();
        StepTimes times = new StepTimes(steps);
        steps.stepped(1, 1, 10);
        times.close();
        steps.stepped(1, 2, 20);
        assertThat(times.endsOf(1)).containsExactly(10);
    }

    @Test
    void eachWindowIsTimedFromTheEndOfTheStepBeforeItToTheEndOfItsLast() {
        // warm-up 2, windows of 3 steps, 2 windows: steps 3–5 and 6–8; a step k ends at k² ms
        long[] ends = new long[9];
        for (int k = 1; k <= 9; k++) {
            ends[k - 1] = (long) k * k * 1_000_000L;
        }
        List<Double> rates = DeepCanvasThroughput.windowRates(ends, 10, new Repetitions(2, 3, 2));
        // window 1: from the end of step 2 (4 ms) to the end of step 5 (25 ms): 30 samples in 21 ms
        assertThat(rates.get(0)).isCloseTo(30 / 0.021, within(1e-6));
        // window 2: from 25 ms to the end of step 8 (64 ms)
        assertThat(rates.get(1)).isCloseTo(30 / 0.039, within(1e-6));
    }

    @Test
    void windowsNeedAStepBeforeThemAndEveryStepTheyCover() {
        long[] ends = {1, 2, 3, 4, 5};
        assertThatThrownBy(() -> DeepCanvasThroughput.windowRates(ends, 1, new Repetitions(0, 2, 1)))
                .hasMessageContaining("at least one warm-up step");
        assertThatThrownBy(() -> DeepCanvasThroughput.windowRates(ends, 1, new Repetitions(1, 3, 2)))
                .hasMessageContaining("The run trained 5 steps, the repetitions need 7");
    }
}

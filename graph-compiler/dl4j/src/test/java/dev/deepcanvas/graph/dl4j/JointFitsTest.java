package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Networks that learn together settle one way of using the cores for all of them, timed on whole rounds. The ways
 * below are stand-ins that take a known time per step, far apart (no close call rests on a clock).
 */
@ExtendWith(NativeBackendConfigured.class)
class JointFitsTest {

    private static final MultiDataSet BATCH = new org.nd4j.linalg.dataset.MultiDataSet(
            Nd4j.zeros(DataType.FLOAT, 8, 2), Nd4j.zeros(DataType.FLOAT, 8, 2));

    @Test
    void decidesOnWholeRoundsWhereEachNetworkByItselfWouldChooseOtherwise() {
        // By their own steps, the first network is faster on one thread and the second on every core; a whole
        // round takes 4 ms on one thread and 3 ms on every core.
        StandInWay firstOne = new StandInWay("1 native thread", 0);
        StandInWay firstEvery = new StandInWay("2 data-parallel parts", 3_000_000);
        StandInWay secondOne = new StandInWay("1 native thread", 4_000_000);
        StandInWay secondEvery = new StandInWay("2 native threads inside operations", 0);
        JointFits together = new JointFits(2, true);
        try (NetworkFit first = together.join(firstOne, firstEvery);
             NetworkFit second = together.join(secondOne, secondEvery)) {
            assertThat(first.describe()).isEqualTo("the faster of 1 native thread and 2 data-parallel parts, timed "
                    + "on the run's first rounds of every network's step together");
            int rounds = roundsUntilSettled(together, () -> {
                first.fit(BATCH);
                second.fit(BATCH);
            });
            assertThat(first.settled() && second.settled()).as("settled together").isTrue();
            assertThat(first.way()).isEqualTo("2 data-parallel parts");
            assertThat(second.way()).isEqualTo("2 native threads inside operations");
            assertThat(second.describe()).startsWith("2 native threads inside operations \u2014 ")
                    .contains(" samples/s over whole rounds of every network's step on the run's first rounds, ")
                    .endsWith("/s with 1 native thread");
            assertThat(firstOne.steps).as("both ways ran in the trial, the same way for both networks")
                    .isEqualTo(secondOne.steps).isGreaterThanOrEqualTo(
                            WayTrial.WARM_UP_STEPS / 2 + 3 * WayTrial.MIN_BLOCK_STEPS);
            assertThat(firstOne.steps + firstEvery.steps).isEqualTo(rounds);
            int oneBefore = firstOne.steps + secondOne.steps;
            for (int i = 0; i < 10; i++) {
                round(together, () -> {
                    first.fit(BATCH);
                    second.fit(BATCH);
                });
            }
            assertThat(firstOne.steps + secondOne.steps).as("after the trial, only the chosen way")
                    .isEqualTo(oneBefore);
        }
        assertThat(firstOne.closed && firstEvery.closed && secondOne.closed && secondEvery.closed).isTrue();
    }

    @Test
    void timesTheWorkBetweenTheStepsWithTheRoundsNativeThreads() {
        // Both networks' steps take no time in either way; what lies between them is slow on one native thread.
        StandInWay one = new StandInWay("1 native thread", 0);
        StandInWay every = new StandInWay("2 data-parallel parts", 0);
        JointFits together = new JointFits(2, true);
        try (NetworkFit fit = together.join(one, every)) {
            roundsUntilSettled(together, () -> {
                if (ompThreads() == 1) {
                    StandInWay.pause(4_000_000);
                }
                fit.fit(BATCH);
            });
            assertThat(fit.way()).isEqualTo("2 data-parallel parts");
            together.roundStarts();
            assertThat(ompThreads()).as("the chosen way's threads for the work between steps").isEqualTo(2);
        } finally {
            NativeBackend.useNativeThreads(1);
        }
    }

    @Test
    void keepsOneThreadWhenEveryCoreIsSlower() {
        StandInWay one = new StandInWay("1 native thread", 0);
        StandInWay every = new StandInWay("2 data-parallel parts", 3_000_000);
        JointFits together = new JointFits(2, true);
        try (NetworkFit fit = together.join(one, every)) {
            roundsUntilSettled(together, () -> fit.fit(BATCH));
            assertThat(fit.way()).isEqualTo("1 native thread");
            together.roundStarts();
            assertThat(ompThreads()).isEqualTo(1);
        }
    }

    @Test
    void givesTheOutputsOfTheWayThatTookTheLastStep() {
        JointFits together = new JointFits(2, true);
        try (NetworkFit fit = together.join(new StandInWay("1 native thread", 1), new StandInWay("2 data-parallel parts", 2))) {
            assertThat(fit.lastOutputs("out")).as("no step yet").isEmpty();
            for (int i = 0; i < WayTrial.WARM_UP_STEPS; i++) {
                round(together, () -> fit.fit(BATCH));
                // the warm-up alternates, one thread first
                assertThat(fit.lastOutputs("out").orElseThrow().getLong(0)).isEqualTo(i % 2 == 0 ? 1 : 2);
            }
        }
    }

    @Test
    void oneCoreOrMeasuringTurnedOffTakeOneFixedWay() {
        JointFits single = new JointFits(1, true);
        try (NetworkFit fit = single.add(TrainingThreadsTest.network(false))) {
            assertThat(single.settled() && fit.settled()).isTrue();
            assertThat(fit.describe()).isEqualTo("1 native thread");
        }
        assertThatThrownBy(() -> single.join(new StandInWay("a", 0), new StandInWay("b", 0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fixed way");
        JointFits unmeasured = new JointFits(2, false);
        try (NetworkFit plain = unmeasured.add(TrainingThreadsTest.network(false));
             NetworkFit normalised = unmeasured.add(TrainingThreadsTest.network(true))) {
            assertThat(unmeasured.settled()).isTrue();
            assertThat(plain.describe()).isEqualTo("2 data-parallel parts, 1 native thread each");
            assertThat(normalised.describe()).startsWith("2 native threads inside operations");
            unmeasured.roundStarts();
            assertThat(ompThreads()).isEqualTo(2);
        } finally {
            NativeBackend.useNativeThreads(1);
        }
    }

    @Test
    void realNetworksTrainThroughTheTrialAsWithPlainFit() {
        Twins first = Twins.of(MeasuredFitTest.dense(7), FastTraining::prepare);
        Twins second = Twins.of(MeasuredFitTest.dense(8), FastTraining::prepare);
        ComputationGraph firstPlain = FastTraining.prepare(first.plain());
        ComputationGraph secondPlain = FastTraining.prepare(second.plain());
        JointFits together = TrainingThreads.jointly(2);
        int rounds = 0;
        try (NetworkFit firstFit = together.add(first.changed());
             NetworkFit secondFit = together.add(second.changed())) {
            while (!together.settled() || rounds < WayTrial.WARM_UP_STEPS + 10) {
                Nd4j.getRandom().setSeed(500 + rounds);
                MultiDataSet batch = new org.nd4j.linalg.dataset.MultiDataSet(
                        Nd4j.rand(DataType.FLOAT, 24, 10).subi(0.5), MeasuredFitTest.oneHot(24));
                firstPlain.fit(batch);
                secondPlain.fit(batch);
                together.roundStarts();
                firstFit.fit(batch);
                secondFit.fit(batch);
                together.roundEnds(24);
                rounds++;
            }
        } finally {
            NativeBackend.useNativeThreads(1);
        }
        assertThat(first.changed().getIterationCount()).isEqualTo(rounds).isEqualTo(firstPlain.getIterationCount());
        assertThat(second.changed().getIterationCount()).isEqualTo(rounds);
        // each data-parallel step adds in another order: a few 1e-7 per step, carried on by Adam
        assertThat(Twins.relativeDifference(first.changed().params(), firstPlain.params())).isLessThan(1e-4);
        assertThat(Twins.relativeDifference(second.changed().params(), secondPlain.params())).isLessThan(1e-4);
    }

    private static int roundsUntilSettled(JointFits together, Runnable round) {
        int rounds = 0;
        while (!together.settled()) {
            round(together, round);
            rounds++;
            assertThat(rounds).as("the trial ends").isLessThanOrEqualTo(WayTrial.MAX_TRIAL_STEPS);
        }
        return rounds;
    }

    /** One round of 8 rows. */
    private static void round(JointFits together, Runnable steps) {
        together.roundStarts();
        steps.run();
        together.roundEnds(8);
    }

    private static int ompThreads() {
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }
}

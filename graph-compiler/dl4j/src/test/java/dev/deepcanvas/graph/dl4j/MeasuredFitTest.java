package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run times one thread against every core on its first steps and keeps the faster; every step of the trial
 * trains. The ways below are stand-ins that take a known time per step, far apart (no close call rests on a clock);
 * the margin is checked on figures.
 */
@ExtendWith(NativeBackendConfigured.class)
class MeasuredFitTest {

    private static final MultiDataSet BATCH = new org.nd4j.linalg.dataset.MultiDataSet(
            Nd4j.zeros(DataType.FLOAT, 8, 2), Nd4j.zeros(DataType.FLOAT, 8, 2));

    @Test
    void keepsEveryCoreWhenItIsClearlyFaster() {
        StandInWay one = new StandInWay("1 native thread", 4_000_000);
        StandInWay every = new StandInWay("2 data-parallel parts", 0);
        try (MeasuredFit fit = new MeasuredFit(one, every)) {
            int steps = stepUntilSettled(fit);
            assertThat(fit.describe()).startsWith("2 data-parallel parts \u2014 ")
                    .contains(" samples/s on the run's first steps, against ").endsWith("/s with 1 native thread");
            assertThat(fit.way()).as("the way without its figures").isEqualTo("2 data-parallel parts");
            assertThat(one.steps + every.steps).isEqualTo(steps);
            assertThat(one.steps).as("the trial timed both ways").isGreaterThanOrEqualTo(
                    WayTrial.WARM_UP_STEPS / 2 + 3 * WayTrial.MIN_BLOCK_STEPS);
            int oneBefore = one.steps;
            for (int i = 0; i < 20; i++) {
                fit.fit(BATCH);
            }
            assertThat(one.steps).as("after the trial, only the chosen way").isEqualTo(oneBefore);
        }
        assertThat(one.closed && every.closed).isTrue();
    }

    @Test
    void keepsOneThreadWhenEveryCoreIsSlower() {
        StandInWay one = new StandInWay("1 native thread", 0);
        StandInWay every = new StandInWay("2 data-parallel parts", 4_000_000);
        try (MeasuredFit fit = new MeasuredFit(one, every)) {
            assertThat(fit.settled()).isFalse();
            assertThat(fit.describe()).isEqualTo("the faster of 1 native thread and 2 data-parallel parts, timed "
                    + "on the run's first steps");
            stepUntilSettled(fit);
            assertThat(fit.describe()).startsWith("1 native thread \u2014 ")
                    .endsWith("/s with 2 data-parallel parts");
            assertThat(fit.way()).isEqualTo("1 native thread");
            int everyBefore = every.steps;
            fit.fit(BATCH);
            assertThat(every.steps).isEqualTo(everyBefore);
        }
    }

    @Test
    void givesTheOutputsOfTheWayThatTookTheLastStep() {
        StandInWay one = new StandInWay("1 native thread", 1);
        StandInWay every = new StandInWay("2 data-parallel parts", 2);
        try (MeasuredFit fit = new MeasuredFit(one, every)) {
            assertThat(fit.lastOutputs("out")).as("no step yet").isEmpty();
            for (int i = 0; i < WayTrial.WARM_UP_STEPS; i++) {
                fit.fit(BATCH);
                // the warm-up alternates, one thread first
                assertThat(fit.lastOutputs("out").orElseThrow().getLong(0)).isEqualTo(i % 2 == 0 ? 1 : 2);
            }
        }
    }

    @Test
    void everyCoreMustWinByTheMarginOnTheMedianBlock() {
        List<Double> one = List.of(100.0, 100.0, 100.0);
        assertThat(WayTrial.everyCoreWins(one, List.of(104.0, 104.0, 104.0))).as("a tie keeps one thread")
                .isFalse();
        assertThat(WayTrial.everyCoreWins(one, List.of(106.0, 106.0, 106.0))).isTrue();
        assertThat(WayTrial.everyCoreWins(one, List.of(300.0, 90.0, 95.0))).as("one lucky block is not enough")
                .isFalse();
        assertThat(WayTrial.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(WayTrial.median(new double[] {4, 1, 3, 2})).as("the upper middle of an even count").isEqualTo(3);
    }

    @Test
    void blocksLastAboutATenthOfASecondWithinBounds() {
        double[] fast = new double[WayTrial.WARM_UP_STEPS];
        java.util.Arrays.fill(fast, 1_000_000);
        assertThat(WayTrial.blockSteps(fast)).isEqualTo(WayTrial.MAX_BLOCK_STEPS);
        java.util.Arrays.fill(fast, 20_000_000);
        assertThat(WayTrial.blockSteps(fast)).isEqualTo(5);
        java.util.Arrays.fill(fast, 500_000_000);
        assertThat(WayTrial.blockSteps(fast)).isEqualTo(WayTrial.MIN_BLOCK_STEPS);
    }

    @Test
    void aRealNetworkTrainsThroughTheTrialAsWithPlainFit() {
        Twins twins = Twins.of(dense(7), FastTraining::prepare);
        ComputationGraph single = FastTraining.prepare(twins.plain());
        ComputationGraph measured = twins.changed();
        int steps;
        try (NetworkFit fit = TrainingThreads.of(measured, 2)) {
            steps = 0;
            while (!fit.settled() || steps < WayTrial.WARM_UP_STEPS + 10) {
                Nd4j.getRandom().setSeed(500 + steps);
                MultiDataSet batch = new org.nd4j.linalg.dataset.MultiDataSet(
                        Nd4j.rand(DataType.FLOAT, 24, 10).subi(0.5), oneHot(24));
                single.fit(batch);
                fit.fit(batch);
                steps++;
            }
        }
        assertThat(measured.getIterationCount()).isEqualTo(steps).isEqualTo(single.getIterationCount());
        // each data-parallel step adds in another order: a few 1e-7 per step, carried on by Adam
        assertThat(Twins.relativeDifference(measured.params(), single.params())).isLessThan(1e-4);
    }

    private static int stepUntilSettled(MeasuredFit fit) {
        int steps = 0;
        while (!fit.settled()) {
            fit.fit(BATCH);
            steps++;
            assertThat(steps).as("the trial ends").isLessThanOrEqualTo(WayTrial.MAX_TRIAL_STEPS);
        }
        return steps;
    }

    /** A small dense classifier of 10 inputs and 3 classes. */
    static ComputationGraphConfiguration dense(long seed) {
        return new NeuralNetConfiguration.Builder().seed(seed).dataType(DataType.FLOAT).updater(new Adam(1e-2))
                .graphBuilder().addInputs("in").setInputTypes(InputType.feedForward(10))
                .addLayer("d1", new DenseLayer.Builder().nOut(16).activation(Activation.RELU).build(), "in")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "d1")
                .setOutputs("out").build();
    }

    /** Labels of {@code rows} rows, each one of 3 classes in turn. */
    static INDArray oneHot(int rows) {
        INDArray labels = Nd4j.zeros(DataType.FLOAT, rows, 3);
        for (int r = 0; r < rows; r++) {
            labels.putScalar(r, r % 3, 1);
        }
        return labels;
    }
}

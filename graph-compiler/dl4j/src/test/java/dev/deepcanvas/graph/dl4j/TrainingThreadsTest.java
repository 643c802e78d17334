package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.nativeblas.NativeOpsHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Which way a network spends its cores, and that every way still trains it. */
@ExtendWith(NativeBackendConfigured.class)
class TrainingThreadsTest {

    @Test
    void twoCoresMeanTheFasterOfOneThreadAndEveryCoreUnlessThePropertySaysOtherwise() {
        try (NetworkFit fit = TrainingThreads.of(network(false), 2)) {
            assertThat(fit.settled()).isFalse();
            assertThat(fit.describe()).isEqualTo("the faster of 1 native thread and 2 data-parallel parts, 1 native "
                    + "thread each, timed on the run's first steps");
        }
        System.setProperty(TrainingThreads.MEASURE, "false");
        try (NetworkFit fit = TrainingThreads.of(network(false), 2)) {
            assertThat(fit.settled()).isTrue();
            assertThat(fit.describe()).isEqualTo("2 data-parallel parts, 1 native thread each");
        } finally {
            System.clearProperty(TrainingThreads.MEASURE);
        }
    }

    @Test
    void aNetworkThatAllowsItTrainsInDataParallelPartsOfOneThreadEach() {
        ComputationGraph net = network(false);
        try (NetworkFit fit = TrainingThreads.everyCore(net, 2)) {
            assertThat(fit.describe()).isEqualTo("2 data-parallel parts, 1 native thread each");
            fit.fit(batch());
            assertThat(ompThreads()).isEqualTo(1);
        }
        assertThat(net.getIterationCount()).isEqualTo(1);
    }

    @Test
    void aBatchNormalisedNetworkUsesThreadsInsideOperationsAndSaysWhy() {
        try (NetworkFit fit = TrainingThreads.everyCore(network(true), 2)) {
            assertThat(fit.describe()).startsWith("2 native threads inside operations")
                    .contains("statistics of the whole batch");
            fit.fit(batch());
            assertThat(ompThreads()).isEqualTo(2);
        }
    }

    @Test
    void oneCoreMeansOneThreadAndThePropertyTurnsDataParallelismOff() {
        try (NetworkFit fit = TrainingThreads.of(network(false), 1)) {
            assertThat(fit.describe()).isEqualTo("1 native thread");
            fit.fit(batch());
            assertThat(ompThreads()).isEqualTo(1);
        }
        System.setProperty(TrainingThreads.DATA_PARALLEL, "false");
        try (NetworkFit fit = TrainingThreads.of(network(false), 2)) {
            assertThat(fit.describe()).contains("inside operations").contains(TrainingThreads.DATA_PARALLEL);
        } finally {
            System.clearProperty(TrainingThreads.DATA_PARALLEL);
        }
    }

    @Test
    void theGrantOfTheCallingThreadDecidesAndSurvivesARun() {
        NativeBackend.limitThreadsOfCallingThread(2);
        try (NetworkFit fit = TrainingThreads.of(network(false))) {
            fit.fit(batch());
        }
        assertThat(NativeBackend.threadsOfCallingThread()).as("a run does not shrink the next run's share")
                .isEqualTo(2);
        NativeBackend.limitThreadsOfCallingThread(1);
    }

    private static int ompThreads() {
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }

    private static MultiDataSet batch() {
        Nd4j.getRandom().setSeed(3);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 16, 2);
        for (int r = 0; r < 16; r++) {
            labels.putScalar(r, r % 2, 1);
        }
        return new MultiDataSet(Nd4j.rand(DataType.FLOAT, 16, 6), labels);
    }

    /** A small prepared classifier of 6 inputs and 2 classes, with a batch-norm layer if asked. */
    static ComputationGraph network(boolean batchNorm) {
        ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder().seed(1)
                .dataType(DataType.FLOAT).graphBuilder().addInputs("in").setInputTypes(InputType.feedForward(6))
                .addLayer("d", new DenseLayer.Builder().nOut(5).build(), "in");
        String last = "d";
        if (batchNorm) {
            g.addLayer("bn", new BatchNormalization.Builder().build(), "d");
            last = "bn";
        }
        ComputationGraph net = new ComputationGraph(g.addLayer("out", new OutputLayer.Builder(
                LossFunctions.LossFunction.MCXENT).nOut(2).build(), last).setOutputs("out").build());
        net.init();
        return FastTraining.prepare(net);
    }
}

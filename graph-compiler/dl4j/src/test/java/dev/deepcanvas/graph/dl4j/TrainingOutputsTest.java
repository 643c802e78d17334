package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A training step keeps its output layers' outputs, and they are what inference gave for the same batch just before
 * the step: on one thread, in data-parallel parts and with threads inside operations.
 */
@ExtendWith(NativeBackendConfigured.class)
class TrainingOutputsTest {

    private static final int ROWS = 24;

    @Test
    void oneThreadKeepsWhatInferenceGaveBeforeTheStep() {
        assertKeepsInferenceOutputs(TrainingThreads::oneThread, 0);
    }

    @Test
    void dataParallelPartsGiveEveryPartsRowsInOrder() {
        // each part multiplies its own rows: the same sums, possibly in another order
        assertKeepsInferenceOutputs(net -> TrainingThreads.everyCore(net, 2), 1e-6);
        assertKeepsInferenceOutputs(net -> TrainingThreads.everyCore(net, 3), 1e-6);
    }

    @Test
    void threadsInsideOperationsKeepThemToo() {
        System.setProperty(TrainingThreads.DATA_PARALLEL, "false");
        try {
            assertKeepsInferenceOutputs(net -> TrainingThreads.everyCore(net, 2), 1e-6);
        } finally {
            System.clearProperty(TrainingThreads.DATA_PARALLEL);
        }
    }

    @Test
    void aLayerThatRanSinceOrHadAMaskKeepsNothing() {
        ComputationGraph net = FastTraining.prepare(init(discriminator(false)));
        try (NetworkFit fit = TrainingThreads.oneThread(net)) {
            assertThat(fit.lastOutputs("real")).as("before any step").isEmpty();
            fit.fit(batch(1, null));
            assertThat(fit.lastOutputs("real")).isPresent();
            net.output(false, pictures(2));
            assertThat(fit.lastOutputs("real")).as("an inference call since the step").isEmpty();

            INDArray realRowsOnly = Nd4j.concat(0, Nd4j.ones(DataType.FLOAT, ROWS / 2, 1),
                    Nd4j.zeros(DataType.FLOAT, ROWS / 2, 1));
            fit.fit(batch(3, realRowsOnly));
            assertThat(fit.lastOutputs("seen")).as("the masked output").isEmpty();
            assertThat(fit.lastOutputs("real")).as("the output without a mask").isPresent();
            assertThat(fit.lastOutputs("features")).as("not an output layer").isEmpty();
        }
    }

    @Test
    void onlyAPreparedNetworkThatComputesTheSameInTrainingIsTheSameAsInference() {
        assertThat(TrainingOutputs.sameAsInference(FastTraining.prepare(init(discriminator(false))), "real"))
                .isTrue();
        assertThat(TrainingOutputs.sameAsInference(FastTraining.prepare(init(discriminator(true))), "real"))
                .as("dropout draws in training").isFalse();
        ComputationGraph plain = init(discriminator(false));
        assertThat(TrainingOutputs.sameAsInference(plain, "real")).as("DL4J's own output layer").isFalse();
        plain.fit(batch(1, null));
        assertThat(TrainingOutputs.last(plain, "real")).isEmpty();
        assertThat(TrainingOutputs.sameAsInference(FastTraining.prepare(init(discriminator(false))), "features"))
                .as("not an output layer").isFalse();
    }

    private static void assertKeepsInferenceOutputs(Function<ComputationGraph, NetworkFit> way, double tolerance) {
        ComputationGraph net = FastTraining.prepare(init(discriminator(false)));
        try (NetworkFit fit = way.apply(net)) {
            for (int step = 0; step < 3; step++) {
                MultiDataSet batch = batch(10 + step, null);
                INDArray[] before = net.output(false, batch.getFeatures());
                INDArray paramsBefore = net.params().dup();
                fit.fit(batch);
                assertThat(net.params()).as("the step trained").isNotEqualTo(paramsBefore);
                for (int o = 0; o < 2; o++) {
                    String name = net.getConfiguration().getNetworkOutputs().get(o);
                    INDArray kept = fit.lastOutputs(name).orElseThrow();
                    assertThat(kept.shape()).isEqualTo(before[o].shape());
                    assertThat(Twins.relativeDifference(kept, before[o])).as(name + " at step " + step + " with "
                            + fit.describe()).isLessThanOrEqualTo(tolerance);
                }
            }
        }
    }

    /** A small discriminator: a convolution and a dense layer, then a verdict and a 3-class output. */
    private static ComputationGraphConfiguration discriminator(boolean dropout) {
        DenseLayer.Builder features = new DenseLayer.Builder().nOut(8).activation(Activation.LEAKYRELU);
        if (dropout) {
            features.dropOut(0.8);
        }
        return new NeuralNetConfiguration.Builder().seed(3).updater(new Adam(1e-2)).dataType(DataType.FLOAT)
                .graphBuilder()
                .addInputs("in")
                .setInputTypes(InputType.convolutional(8, 8, 2))
                .addLayer("conv", new ConvolutionLayer.Builder(3, 3).nOut(4).activation(Activation.LEAKYRELU)
                        .build(), "in")
                .addLayer("features", features.build(), "conv")
                .addLayer("real", new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nOut(1)
                        .activation(Activation.SIGMOID).build(), "features")
                .addLayer("seen", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "features")
                .setOutputs("real", "seen")
                .build();
    }

    private static ComputationGraph init(ComputationGraphConfiguration conf) {
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        return net;
    }

    private static INDArray pictures(long seed) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.randn(DataType.FLOAT, ROWS, 2, 8, 8);
    }

    /** Real-or-fake targets (half each) and classes; {@code seenMask} masks the class output's rows, or null. */
    private static MultiDataSet batch(long seed, INDArray seenMask) {
        INDArray verdicts = Nd4j.concat(0, Nd4j.ones(DataType.FLOAT, ROWS / 2, 1),
                Nd4j.zeros(DataType.FLOAT, ROWS / 2, 1));
        INDArray classes = Nd4j.zeros(DataType.FLOAT, ROWS, 3);
        for (int r = 0; r < ROWS; r++) {
            classes.putScalar(r, r % 3, 1);
        }
        return new MultiDataSet(new INDArray[] {pictures(seed)}, new INDArray[] {verdicts, classes}, null,
                seenMask == null ? null : new INDArray[] {null, seenMask});
    }
}

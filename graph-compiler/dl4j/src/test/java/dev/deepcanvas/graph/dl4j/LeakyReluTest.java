package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java leaky ReLU gives libnd4j's results to the bit, forward and backward, on one thread or two; other
 * activations go to DL4J; and a network trained with it ends where plain DL4J does, saving a plain configuration.
 */
@ExtendWith(NativeBackendConfigured.class)
class LeakyReluTest {

    @Test
    void forwardAndBackwardEqualDl4jsToTheBit() {
        Nd4j.getRandom().setSeed(13);
        INDArray z = Nd4j.randn(DataType.FLOAT, 6, 5, 7, 7);
        z.putScalar(0, 0f);
        z.putScalar(1, -0f);
        INDArray epsilon = Nd4j.randn(DataType.FLOAT, 6, 5, 7, 7);
        ActivationLReLU leaky = new ActivationLReLU(0.2);

        assertThat(bits(LeakyRelu.activate(leaky, z.dup(), true))).isEqualTo(bits(leaky.getActivation(z.dup(), true)));
        assertThat(bits(LeakyRelu.backprop(leaky, z.dup(), epsilon.dup()).getFirst()))
                .isEqualTo(bits(leaky.backprop(z.dup(), epsilon.dup()).getFirst()));
    }

    @Test
    void theNegativeMaskIsAllOnesExactlyForFloatsBelowZero() {
        float[] below = {-Float.MIN_VALUE, -1e-30f, -1f, -Float.MAX_VALUE, Float.NEGATIVE_INFINITY};
        float[] notBelow = {0f, -0f, Float.MIN_VALUE, 1f, Float.POSITIVE_INFINITY, Float.NaN,
            Float.intBitsToFloat(0xFFC00000)};
        for (float f : below) {
            assertThat(LeakyRelu.negative(Float.floatToRawIntBits(f))).as("%s", f).isEqualTo(-1);
        }
        for (float f : notBelow) {
            assertThat(LeakyRelu.negative(Float.floatToRawIntBits(f))).as("%s", f).isZero();
        }
    }

    /** The floats' bits: INDArray's equals allows a small difference, these tests allow none. */
    static int[] bits(INDArray a) {
        float[] values = a.dup('c').data().asFloat();
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }

    @Test
    void twoThreadsGiveTheSameBits() {
        Nd4j.getRandom().setSeed(14);
        INDArray z = Nd4j.randn(DataType.FLOAT, 8, 16, 32, 32);
        INDArray epsilon = Nd4j.randn(DataType.FLOAT, 8, 16, 32, 32);
        ActivationLReLU leaky = new ActivationLReLU();
        INDArray forward = leaky.getActivation(z.dup(), true);
        INDArray backward = leaky.backprop(z.dup(), epsilon.dup()).getFirst();
        NativeBackend.limitThreadsOfCallingThread(2);
        try {
            assertThat(bits(LeakyRelu.activate(leaky, z.dup(), true))).isEqualTo(bits(forward));
            assertThat(bits(LeakyRelu.backprop(leaky, z.dup(), epsilon.dup()).getFirst())).isEqualTo(bits(backward));
        } finally {
            NativeBackend.limitThreadsOfCallingThread(1);
        }
    }

    @Test
    void aLentLeakyReluIsMadeOncePerSlopeAndComputesWithThatSlope() {
        IActivation lent = JavaActivation.lent(new ActivationLReLU(0.3)).orElseThrow();
        assertThat(JavaActivation.lent(new ActivationLReLU(0.3))).containsSame(lent);
        assertThat(JavaActivation.lent(new ActivationLReLU(0.1)).orElseThrow()).isNotSameAs(lent);
        INDArray z = Nd4j.createFromArray(-2f, 4f);
        assertThat(lent.getActivation(z, true).toFloatVector()).containsExactly(-0.6f, 4f);
    }

    @Test
    void otherActivationsAndNonContiguousArraysGoToDl4j() {
        INDArray z = Nd4j.createFromArray(-1f, 2f);
        assertThat(LeakyRelu.handles(new ActivationReLU())).isFalse();
        assertThat(LeakyRelu.activate(new ActivationReLU(), z.dup(), true)).isEqualTo(Nd4j.createFromArray(0f, 2f));
        INDArray view = Nd4j.randn(DataType.FLOAT, 4, 3, 5, 2).permute(0, 3, 1, 2);
        ActivationLReLU leaky = new ActivationLReLU(0.3);
        int[] expected = bits(leaky.getActivation(view.dup(), true));
        assertThat(bits(LeakyRelu.activate(leaky, view, true))).isEqualTo(expected);
    }

    @Test
    void aTrainedNetworkFollowsDl4jAndSavesItsConfiguredActivations() {
        Twins twins = Twins.of(network(), FastTraining::prepare);
        assertThat(twins.changed().getLayer("conv")).isInstanceOf(FastConvolutionLayer.class);
        assertThat(twins.changed().getLayer("leaky")).isInstanceOf(FastActivationLayer.class);
        twins.fitOnRandomPictures(5, 15);
        assertThat(Twins.relativeDifference(twins.changed().params(), twins.plain().params())).isLessThan(1e-5);
        String json = twins.changed().getConfiguration().toJson();
        assertThat(json).doesNotContain("LeakyRelu$Activation").doesNotContain("ReluBackprop")
                .contains("ActivationLReLU");
    }

    /** Leaky ReLU in a convolution, an activation layer and a dense layer. */
    private static ComputationGraphConfiguration network() {
        return new NeuralNetConfiguration.Builder()
                .seed(4)
                .dataType(DataType.FLOAT)
                .updater(new Adam(1e-3))
                .graphBuilder()
                .addInputs("in")
                .setInputTypes(InputType.convolutional(8, 8, 2))
                .addLayer("conv", new ConvolutionLayer.Builder(3, 3).nOut(4).convolutionMode(ConvolutionMode.Same)
                        .activation(new ActivationLReLU(0.2)).build(), "in")
                .addLayer("conv2", new ConvolutionLayer.Builder(3, 3).nOut(4).convolutionMode(ConvolutionMode.Same)
                        .activation(Activation.IDENTITY).build(), "conv")
                .addLayer("leaky", new ActivationLayer.Builder().activation(Activation.LEAKYRELU).build(), "conv2")
                .addLayer("dense", new DenseLayer.Builder().nOut(6).activation(new ActivationLReLU(0.1)).build(),
                        "leaky")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "dense")
                .setOutputs("out")
                .build();
    }
}

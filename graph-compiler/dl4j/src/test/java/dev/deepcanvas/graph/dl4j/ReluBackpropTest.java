package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java ReLU backward pass gives DL4J's result to the bit, and leaves every other activation to DL4J. */
@ExtendWith(NativeBackendConfigured.class)
class ReluBackpropTest {

    @Test
    void equalsDl4jsReluBackpropToTheBit() {
        Nd4j.getRandom().setSeed(11);
        INDArray z = Nd4j.randn(DataType.FLOAT, 6, 5, 7, 7);
        z.get(NDArrayIndex.point(0)).assign(0);  // exactly zero: no gradient, as in DL4J
        INDArray epsilon = Nd4j.randn(DataType.FLOAT, 6, 5, 7, 7);
        INDArray expected = new ActivationReLU().backprop(z.dup(), epsilon.dup()).getFirst();

        INDArray actual = ReluBackprop.backprop(new ActivationReLU(), z.dup(), epsilon.dup()).getFirst();

        assertThat(LeakyReluTest.bits(actual)).isEqualTo(LeakyReluTest.bits(expected));
        // a part of a batch, a view into a larger buffer
        INDArray zPart = z.dup().get(NDArrayIndex.interval(2, 5));
        INDArray epsilonPart = epsilon.dup().get(NDArrayIndex.interval(2, 5));
        assertThat(LeakyReluTest.bits(ReluBackprop.backprop(new ActivationReLU(), zPart, epsilonPart).getFirst()))
                .isEqualTo(LeakyReluTest.bits(expected.get(NDArrayIndex.interval(2, 5))));
    }

    @Test
    void twoGrantedThreadsGiveDl4jsResultToTheBit() {
        Nd4j.getRandom().setSeed(12);
        INDArray z = Nd4j.randn(DataType.FLOAT, 8, 16, 32, 32);
        INDArray epsilon = Nd4j.randn(DataType.FLOAT, 8, 16, 32, 32);
        INDArray expected = new ActivationReLU().backprop(z.dup(), epsilon.dup()).getFirst();
        NativeBackend.limitThreadsOfCallingThread(2);
        try {
            assertThat(LeakyReluTest.bits(ReluBackprop.backprop(new ActivationReLU(), z.dup(), epsilon.dup())
                    .getFirst())).isEqualTo(LeakyReluTest.bits(expected));
        } finally {
            NativeBackend.limitThreadsOfCallingThread(1);
        }
    }

    @Test
    void theMaskIsAllOnesExactlyForFloatsAboveZero() {
        float[] above = {Float.MIN_VALUE, 1e-30f, 1f, Float.MAX_VALUE, Float.POSITIVE_INFINITY};
        float[] notAbove = {0f, -0f, -Float.MIN_VALUE, -1f, Float.NEGATIVE_INFINITY, Float.NaN,
            Float.intBitsToFloat(0xFFC00000), Float.intBitsToFloat(0x7F800001)};
        for (float f : above) {
            assertThat(ReluBackprop.positive(Float.floatToRawIntBits(f))).as("%s", f).isEqualTo(-1);
        }
        for (float f : notAbove) {
            assertThat(ReluBackprop.positive(Float.floatToRawIntBits(f))).as("%s", f).isZero();
        }
    }

    @Test
    void onlyAPlainReluIsHandled() {
        assertThat(ReluBackprop.handles(new ActivationReLU())).isTrue();
        assertThat(ReluBackprop.handles(new ActivationReLU(6.0, null, null))).as("ReLU6").isFalse();
        assertThat(ReluBackprop.handles(new ActivationReLU(null, 0.5, null))).isFalse();
        assertThat(ReluBackprop.handles(new ActivationReLU(null, null, 0.1))).isFalse();
        assertThat(ReluBackprop.handles(new ActivationLReLU(0.2))).isFalse();
        IActivation leaky = new ActivationLReLU(0.2);
        INDArray z = Nd4j.createFromArray(-1f, 2f);
        assertThat(ReluBackprop.backprop(leaky, z, Nd4j.createFromArray(1f, 1f)).getFirst())
                .isEqualTo(Nd4j.createFromArray(0.2f, 1f));
    }

    @Test
    void aNonContiguousArrayGoesToDl4j() {
        INDArray z = Nd4j.randn(DataType.FLOAT, 4, 3, 5, 2).permute(0, 3, 1, 2);
        INDArray epsilon = Nd4j.randn(DataType.FLOAT, 4, 2, 3, 5);
        INDArray expected = new ActivationReLU().backprop(z.dup(), epsilon.dup()).getFirst();
        assertThat(LeakyReluTest.bits(ReluBackprop.backprop(new ActivationReLU(), z, epsilon).getFirst()))
                .isEqualTo(LeakyReluTest.bits(expected));
    }

    @Test
    void aTrainedConvolutionKeepsItsConfiguredReluSoASavedModelStaysPlainDl4j() {
        ComputationGraph network = new ComputationGraph(InputGradientSkipTest.network(
                org.deeplearning4j.nn.conf.ConvolutionMode.Truncate, 1));
        network.init();
        FastTraining.prepare(network);
        assertThat(network.getLayer("c1")).isInstanceOf(FastConvolutionLayer.class);
        assertThat(network.getLayer("c2")).isInstanceOf(FastConvolutionLayer.class);
        network.fit(new org.nd4j.linalg.dataset.MultiDataSet(Nd4j.rand(DataType.FLOAT, 8, 1, 12, 12),
                InputGradientSkipTest.labels()));
        String json = network.getConfiguration().toJson();
        assertThat(json).doesNotContain("ReluBackprop").contains("ActivationReLU");
    }
}

package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNSubsamplingHelper;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import static dev.deepcanvas.graph.dl4j.LeakyReluTest.bits;
import static org.assertj.core.api.Assertions.assertThat;

/** Max pooling in Java against oneDNN's helper, to the bit, and a network trained with it against plain DL4J. */
@ExtendWith(NativeBackendConfigured.class)
class JavaMaxPoolingTest {

    private static final LayerWorkspaceMgr NONE = LayerWorkspaceMgr.noWorkspaces();
    private static final int[] ONE = {1, 1};

    @Test
    void forwardAndBackwardEqualOneDnnsToTheBitWithTiesGapsAndPadding() {
        // kernel, stride, padding (Truncate mode drops what does not fit: 11 and 7 are odd on purpose)
        int[][][] cases = {
                {{2, 2}, {2, 2}, {0, 0}},
                {{3, 3}, {3, 3}, {0, 0}},
                {{2, 2}, {3, 2}, {1, 1}},
                {{1, 3}, {2, 3}, {0, 1}},
        };
        Nd4j.getRandom().setSeed(31);
        for (int[][] c : cases) {
            for (boolean afterRelu : new boolean[] {false, true}) {
                INDArray x = Nd4j.randn(DataType.FLOAT, 3, 4, 11, 7);
                if (afterRelu) {
                    // zeros in most windows: the backward pass must pick the same one of the tied elements
                    x = Nd4j.nn().relu(x, 0);
                }
                String what = String.format("kernel %s stride %s pad %s%s", java.util.Arrays.toString(c[0]),
                        java.util.Arrays.toString(c[1]), java.util.Arrays.toString(c[2]),
                        afterRelu ? " after ReLU" : "");
                MKLDNNSubsamplingHelper oneDnn = new MKLDNNSubsamplingHelper(DataType.FLOAT);
                JavaMaxPoolingHelper java = new JavaMaxPoolingHelper(new MKLDNNSubsamplingHelper(DataType.FLOAT));
                INDArray expected = oneDnn.activate(x.dup(), true, c[0], c[1], c[2], PoolingType.MAX,
                        ConvolutionMode.Truncate, ONE, CNN2DFormat.NCHW, NONE);
                INDArray actual = java.activate(x.dup(), true, c[0], c[1], c[2], PoolingType.MAX,
                        ConvolutionMode.Truncate, ONE, CNN2DFormat.NCHW, NONE);
                assertThat(actual.shape()).as(what).isEqualTo(expected.shape());
                assertThat(bits(actual)).as(what).isEqualTo(bits(expected));

                INDArray epsilon = Nd4j.randn(DataType.FLOAT, expected.shape());
                INDArray backExpected = oneDnn.backpropGradient(x.dup(), epsilon.dup(), c[0], c[1], c[2],
                        PoolingType.MAX, ConvolutionMode.Truncate, ONE, CNN2DFormat.NCHW, NONE).getSecond();
                INDArray back = java.backpropGradient(x.dup(), epsilon.dup(), c[0], c[1], c[2],
                        PoolingType.MAX, ConvolutionMode.Truncate, ONE, CNN2DFormat.NCHW, NONE).getSecond();
                assertThat(bits(back)).as(what + ", backward").isEqualTo(bits(backExpected));
                assertThat(java.forwardPasses).isEqualTo(1);
                assertThat(java.backwardPasses).isEqualTo(1);
            }
        }
    }

    @Test
    void twoGrantedThreadsGiveTheSameBitsAsOne() {
        Nd4j.getRandom().setSeed(32);
        INDArray x = Nd4j.randn(DataType.FLOAT, 16, 20, 24, 24);
        INDArray epsilon = Nd4j.randn(DataType.FLOAT, 16, 20, 12, 12);
        INDArray[] one = passes(x, epsilon);
        INDArray[] two;
        NativeBackend.limitThreadsOfCallingThread(2);
        try {
            two = passes(x, epsilon);
        } finally {
            NativeBackend.limitThreadsOfCallingThread(1);
        }
        assertThat(bits(two[0])).isEqualTo(bits(one[0]));
        assertThat(bits(two[1])).isEqualTo(bits(one[1]));
    }

    @Test
    void averagePoolingSameModeAndOverlappingWindowsGoToOneDnn() {
        Nd4j.getRandom().setSeed(33);
        INDArray x = Nd4j.randn(DataType.FLOAT, 2, 3, 6, 6);
        int[] two = {2, 2};
        int[] none = {0, 0};
        // one helper per configuration: oneDNN's keeps the first call's settings, as a layer's never change
        JavaMaxPoolingHelper average = new JavaMaxPoolingHelper(new MKLDNNSubsamplingHelper(DataType.FLOAT));
        average.activate(x, true, two, two, none, PoolingType.AVG, ConvolutionMode.Truncate, ONE, CNN2DFormat.NCHW,
                NONE);
        JavaMaxPoolingHelper same = new JavaMaxPoolingHelper(new MKLDNNSubsamplingHelper(DataType.FLOAT));
        same.activate(x, true, two, two, none, PoolingType.MAX, ConvolutionMode.Same, ONE, CNN2DFormat.NCHW, NONE);
        JavaMaxPoolingHelper overlapping = new JavaMaxPoolingHelper(new MKLDNNSubsamplingHelper(DataType.FLOAT));
        overlapping.activate(x, true, new int[] {3, 3}, two, none, PoolingType.MAX, ConvolutionMode.Truncate, ONE,
                CNN2DFormat.NCHW, NONE);
        assertThat(average.forwardPasses + same.forwardPasses + overlapping.forwardPasses).isZero();
    }

    @Test
    void aNetworkWithMaxPoolingTrainsBitForBitAsWithOneDnn() {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(8).dataType(DataType.FLOAT)
                .updater(new Adam(1e-2)).graphBuilder().addInputs("in")
                .setInputTypes(InputType.convolutional(12, 12, 1))
                .addLayer("c1", new ConvolutionLayer.Builder(3, 3).nOut(4).activation(Activation.RELU).build(), "in")
                .addLayer("p1", new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build(),
                        "c1")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "p1")
                .setOutputs("out").build();
        int[] installed = new int[1];
        Twins twins = Twins.of(conf, net -> installed[0] = FastPooling.swap(net));
        assertThat(installed[0]).isEqualTo(1);
        for (int i = 0; i < 5; i++) {
            Nd4j.getRandom().setSeed(i + 1);
            INDArray features = Nd4j.rand(DataType.FLOAT, 8, 1, 12, 12);
            INDArray labels = Nd4j.zeros(DataType.FLOAT, 8, 3);
            for (int r = 0; r < 8; r++) {
                labels.putScalar(r, (r + i) % 3, 1);
            }
            twins.plain().fit(new MultiDataSet(features.dup(), labels.dup()));
            twins.changed().fit(new MultiDataSet(features.dup(), labels.dup()));
        }
        assertThat(bits(twins.changed().params())).isEqualTo(bits(twins.plain().params()));
        JavaMaxPoolingHelper helper = (JavaMaxPoolingHelper) ((org.deeplearning4j.nn.layers.convolution.subsampling
                .SubsamplingLayer) twins.changed().getLayer("p1")).getHelper();
        assertThat(helper.backwardPasses).isEqualTo(5);
        assertThat(helper.forwardPasses).as("the swapped layer runs the forward pass in Java too").isEqualTo(5);
    }

    @Test
    void javaPassesReplaceOneDnnOnlyWhereItHasNoAvx512() {
        String avx512 = "flags : fpu sse2 avx2 fma avx512f avx512dq avx512bw avx512vl";
        String avx2 = "flags : fpu sse2 avx2 fma";
        assertThat(OneDnnPoolingKernel.isReference(avx2, java.util.Map.of())).isTrue();
        assertThat(OneDnnPoolingKernel.isReference(avx512, java.util.Map.of())).isFalse();
        assertThat(OneDnnPoolingKernel.isReference(avx512, java.util.Map.of("DNNL_MAX_CPU_ISA", "AVX2"))).isTrue();
        assertThat(OneDnnPoolingKernel.isReference(avx512, java.util.Map.of("ONEDNN_MAX_CPU_ISA", "avx512_core")))
                .isFalse();
        assertThat(OneDnnPoolingKernel.isReference(null, java.util.Map.of())).as("unknown: keep oneDNN").isFalse();
    }

    private static INDArray[] passes(INDArray x, INDArray epsilon) {
        int[] two = {2, 2};
        int[] none = {0, 0};
        JavaMaxPoolingHelper java = new JavaMaxPoolingHelper(new MKLDNNSubsamplingHelper(DataType.FLOAT));
        INDArray out = java.activate(x.dup(), true, two, two, none, PoolingType.MAX, ConvolutionMode.Truncate, ONE,
                CNN2DFormat.NCHW, NONE);
        INDArray back = java.backpropGradient(x.dup(), epsilon.dup(), two, two, none, PoolingType.MAX,
                ConvolutionMode.Truncate, ONE, CNN2DFormat.NCHW, NONE).getSecond();
        return new INDArray[] {out, back};
    }
}

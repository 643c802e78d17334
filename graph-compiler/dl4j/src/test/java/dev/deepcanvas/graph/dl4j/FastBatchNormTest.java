package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNBatchNormHelper;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import static dev.deepcanvas.graph.dl4j.LeakyReluTest.bits;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batch normalisation in Java gives oneDNN's results up to the rounding of the floats, forward and backward, while
 * training and not; whatever it does not take goes to oneDNN unchanged; and a network trained with it (and with the
 * Java ReLU of activation layers) ends where plain DL4J does.
 */
@ExtendWith(NativeBackendConfigured.class)
class FastBatchNormTest {

    private static final double EPS = 1e-5;
    private static final LayerWorkspaceMgr NO_WORKSPACES = LayerWorkspaceMgr.noWorkspaces();

    @Test
    void trainingForwardAndBackwardMatchOneDnn() {
        Nd4j.getRandom().setSeed(5);
        int channels = 5;
        INDArray x = Nd4j.randn(DataType.FLOAT, 8, channels, 6, 7).muli(3).addi(2);
        x.slice(3, 1).addi(50);  // a channel whose mean is large beside its spread
        INDArray gamma = Nd4j.rand(DataType.FLOAT, 1, channels).addi(0.5);
        INDArray beta = Nd4j.randn(DataType.FLOAT, 1, channels);
        INDArray runningMean = Nd4j.randn(DataType.FLOAT, 1, channels);
        INDArray runningVariance = Nd4j.rand(DataType.FLOAT, 1, channels).addi(0.5);
        INDArray epsilon = Nd4j.randn(DataType.FLOAT, 8, channels, 6, 7);
        MKLDNNBatchNormHelper oneDnn = new MKLDNNBatchNormHelper(DataType.FLOAT);
        FastBatchNormHelper fast = new FastBatchNormHelper(new MKLDNNBatchNormHelper(DataType.FLOAT));

        INDArray expected = oneDnn.preOutput(x.dup(), true, x.shape(), gamma, beta, runningMean, runningVariance,
                0.9, EPS, CNN2DFormat.NCHW, NO_WORKSPACES);
        INDArray actual = fast.preOutput(x.dup(), true, x.shape(), gamma, beta, runningMean, runningVariance,
                0.9, EPS, CNN2DFormat.NCHW, NO_WORKSPACES);

        // both against the same normalisation in double precision: the Java pass at least as close as oneDNN's
        INDArray exact = normalisedInDouble(x, gamma, beta);
        double oneDnnError = Twins.relativeDifference(expected.castTo(DataType.DOUBLE), exact);
        assertThat(oneDnnError).isLessThan(1e-5);
        assertThat(Twins.relativeDifference(actual.castTo(DataType.DOUBLE), exact)).isLessThanOrEqualTo(oneDnnError);
        assertThat(Twins.relativeDifference(actual, expected)).isLessThan(1e-5);
        assertThat(Twins.relativeDifference(fast.getMeanCache(DataType.FLOAT), oneDnn.getMeanCache(DataType.FLOAT)))
                .isLessThan(1e-6);
        assertThat(Twins.relativeDifference(fast.getVarCache(DataType.FLOAT), oneDnn.getVarCache(DataType.FLOAT)))
                .isLessThan(1e-5);

        INDArray dGammaExpected = Nd4j.zeros(DataType.FLOAT, 1, channels);
        INDArray dBetaExpected = Nd4j.zeros(DataType.FLOAT, 1, channels);
        Pair<Gradient, INDArray> backExpected = oneDnn.backpropGradient(x.dup(), epsilon.dup(), x.shape(), gamma,
                beta, dGammaExpected, dBetaExpected, EPS, CNN2DFormat.NCHW, NO_WORKSPACES);
        INDArray dGamma = Nd4j.zeros(DataType.FLOAT, 1, channels);
        INDArray dBeta = Nd4j.zeros(DataType.FLOAT, 1, channels);
        Pair<Gradient, INDArray> back = fast.backpropGradient(x.dup(), epsilon.dup(), x.shape(), gamma, beta,
                dGamma, dBeta, EPS, CNN2DFormat.NCHW, NO_WORKSPACES);

        assertThat(Twins.relativeDifference(back.getSecond(), backExpected.getSecond())).isLessThan(1e-5);
        assertThat(Twins.relativeDifference(dGamma, dGammaExpected)).isLessThan(1e-5);
        assertThat(Twins.relativeDifference(dBeta, dBetaExpected)).isLessThan(1e-5);
        assertThat(back.getFirst().getGradientFor("gamma")).isSameAs(dGamma);
        assertThat(back.getFirst().getGradientFor("beta")).isSameAs(dBeta);
    }

    @Test
    void notTrainingUsesTheRunningEstimatesAsOneDnnDoes() {
        Nd4j.getRandom().setSeed(6);
        INDArray x = Nd4j.randn(DataType.FLOAT, 3, 4, 5, 5);
        INDArray gamma = Nd4j.rand(DataType.FLOAT, 1, 4).addi(0.5);
        INDArray beta = Nd4j.randn(DataType.FLOAT, 1, 4);
        INDArray runningMean = Nd4j.randn(DataType.FLOAT, 1, 4);
        INDArray runningVariance = Nd4j.rand(DataType.FLOAT, 1, 4).addi(0.5);
        INDArray expected = new MKLDNNBatchNormHelper(DataType.FLOAT).preOutput(x.dup(), false, x.shape(), gamma,
                beta, runningMean, runningVariance, 0.9, EPS, CNN2DFormat.NCHW, NO_WORKSPACES);
        FastBatchNormHelper fast = new FastBatchNormHelper(new MKLDNNBatchNormHelper(DataType.FLOAT));

        INDArray actual = fast.preOutput(x.dup(), false, x.shape(), gamma, beta, runningMean, runningVariance, 0.9,
                EPS, CNN2DFormat.NCHW, NO_WORKSPACES);

        assertThat(Twins.relativeDifference(actual, expected)).isLessThan(1e-6);
        assertThat(fast.getMeanCache(DataType.FLOAT)).as("no batch statistics outside training").isNull();
    }

    @Test
    void channelsLastGoesToOneDnnForwardAndBackward() {
        Nd4j.getRandom().setSeed(7);
        INDArray x = Nd4j.randn(DataType.FLOAT, 4, 5, 5, 3);
        INDArray gamma = Nd4j.rand(DataType.FLOAT, 1, 3).addi(0.5);
        INDArray beta = Nd4j.randn(DataType.FLOAT, 1, 3);
        INDArray epsilon = Nd4j.randn(DataType.FLOAT, 4, 5, 5, 3);
        MKLDNNBatchNormHelper oneDnn = new MKLDNNBatchNormHelper(DataType.FLOAT);
        FastBatchNormHelper fast = new FastBatchNormHelper(new MKLDNNBatchNormHelper(DataType.FLOAT));
        INDArray zeros = Nd4j.zeros(DataType.FLOAT, 1, 3);

        INDArray expected = oneDnn.preOutput(x.dup(), true, x.shape(), gamma, beta, zeros, zeros.add(1), 0.9, EPS,
                CNN2DFormat.NHWC, NO_WORKSPACES);
        INDArray actual = fast.preOutput(x.dup(), true, x.shape(), gamma, beta, zeros, zeros.add(1), 0.9, EPS,
                CNN2DFormat.NHWC, NO_WORKSPACES);
        INDArray backExpected = oneDnn.backpropGradient(x.dup(), epsilon.dup(), x.shape(), gamma, beta,
                Nd4j.zeros(DataType.FLOAT, 1, 3), Nd4j.zeros(DataType.FLOAT, 1, 3), EPS, CNN2DFormat.NHWC,
                NO_WORKSPACES).getSecond();
        INDArray back = fast.backpropGradient(x.dup(), epsilon.dup(), x.shape(), gamma, beta,
                Nd4j.zeros(DataType.FLOAT, 1, 3), Nd4j.zeros(DataType.FLOAT, 1, 3), EPS, CNN2DFormat.NHWC,
                NO_WORKSPACES).getSecond();

        assertThat(actual).isEqualTo(expected);
        assertThat(fast.getMeanCache(DataType.FLOAT)).isEqualTo(oneDnn.getMeanCache(DataType.FLOAT));
        assertThat(back).isEqualTo(backExpected);
    }

    @Test
    void aTrainedNetworkEndsWherePlainDl4jDoesAndSavesPlainDl4j() {
        Twins twins = Twins.of(network(), FastTraining::prepare);
        assertThat(twins.changed().getLayer("relu")).isInstanceOf(FastActivationLayer.class);
        assertThat(helperOf(twins.changed(), "bn1")).isInstanceOf(FastBatchNormHelper.class);
        assertThat(helperOf(twins.changed(), "bn2")).isInstanceOf(FastBatchNormHelper.class);
        twins.fitOnRandomPictures(5, 8);

        // every parameter, the running mean and variance of both normalisations among them
        assertThat(Twins.relativeDifference(twins.changed().params(), twins.plain().params())).isLessThan(1e-4);
        assertThat(twins.changed().getConfiguration().toJson()).doesNotContain("ReluBackprop")
                .contains("ActivationReLU");
    }

    @Test
    void aNetworkPreparedForOutputNormalisesInJavaWithBatchStatisticsAndRunningEstimates() {
        Twins twins = Twins.of(network(), FastTraining::prepareForOutput);
        assertThat(helperOf(twins.changed(), "bn1")).isInstanceOf(FastBatchNormHelper.class);
        Nd4j.getRandom().setSeed(9);
        INDArray features = Nd4j.randn(DataType.FLOAT, 16, 2, 8, 8);
        for (boolean training : new boolean[] {true, false}) {
            // a GAN's generator draws its samples in training mode: the batch's own statistics
            assertThat(Twins.relativeDifference(twins.changed().outputSingle(training, features.dup()),
                    twins.plain().outputSingle(training, features.dup()))).as("training %s", training)
                    .isLessThan(1e-5);
        }
    }

    @Test
    void twoGrantedThreadsGiveTheSameBitsAsOne() {
        Nd4j.getRandom().setSeed(10);
        INDArray x = Nd4j.randn(DataType.FLOAT, 8, 16, 32, 32);
        INDArray epsilon = Nd4j.randn(DataType.FLOAT, 8, 16, 32, 32);
        INDArray gamma = Nd4j.rand(DataType.FLOAT, 1, 16).addi(0.5);
        INDArray beta = Nd4j.randn(DataType.FLOAT, 1, 16);
        INDArray[] one = passes(x, epsilon, gamma, beta);
        INDArray[] two;
        NativeBackend.limitThreadsOfCallingThread(2);
        try {
            two = passes(x, epsilon, gamma, beta);
        } finally {
            NativeBackend.limitThreadsOfCallingThread(1);
        }
        for (int i = 0; i < one.length; i++) {
            assertThat(two[i]).as("result %d", i).isEqualTo(one[i]);
        }
    }

    @Test
    void gradientViewsWithGapsGetTheSameGradientsInJava() {
        Nd4j.getRandom().setSeed(12);
        INDArray x = Nd4j.randn(DataType.FLOAT, 4, 6, 5, 5);
        INDArray epsilon = Nd4j.randn(DataType.FLOAT, 4, 6, 5, 5);
        INDArray gamma = Nd4j.rand(DataType.FLOAT, 1, 6).addi(0.5);
        INDArray beta = Nd4j.randn(DataType.FLOAT, 1, 6);
        INDArray[] contiguous = passes(x, epsilon, gamma, beta);
        // the two columns of a row-major matrix: every second float, so neither view is contiguous
        INDArray gradients = Nd4j.zeros(DataType.FLOAT, 6, 2);
        INDArray dGamma = gradients.getColumn(0);
        INDArray dBeta = gradients.getColumn(1);
        assertThat(NativeFloats.contiguous(dGamma)).isFalse();
        INDArray[] withGaps = passes(x, epsilon, gamma, beta, dGamma, dBeta);
        assertThat(withGaps[0]).isEqualTo(contiguous[0]);
        assertThat(withGaps[1]).isEqualTo(contiguous[1]);
        assertThat(bits(gradients.getColumn(0))).isEqualTo(bits(contiguous[2]));
        assertThat(bits(gradients.getColumn(1))).isEqualTo(bits(contiguous[3]));
    }

    /** Output, input gradient, dγ and dβ of a training pass in Java. */
    private static INDArray[] passes(INDArray x, INDArray epsilon, INDArray gamma, INDArray beta) {
        return passes(x, epsilon, gamma, beta, Nd4j.zeros(DataType.FLOAT, 1, gamma.length()),
                Nd4j.zeros(DataType.FLOAT, 1, gamma.length()));
    }

    /** Output, input gradient, dγ and dβ of a training pass in Java, writing dγ and dβ into the views given. */
    private static INDArray[] passes(INDArray x, INDArray epsilon, INDArray gamma, INDArray beta, INDArray dGamma,
                                     INDArray dBeta) {
        FastBatchNormHelper fast = new FastBatchNormHelper(new MKLDNNBatchNormHelper(DataType.FLOAT));
        INDArray zeros = Nd4j.zeros(DataType.FLOAT, 1, gamma.length());
        INDArray out = fast.preOutput(x.dup(), true, x.shape(), gamma, beta, zeros, zeros.add(1), 0.9, EPS,
                CNN2DFormat.NCHW, NO_WORKSPACES);
        INDArray back = fast.backpropGradient(x.dup(), epsilon.dup(), x.shape(), gamma, beta, dGamma, dBeta, EPS,
                CNN2DFormat.NCHW, NO_WORKSPACES).getSecond();
        return new INDArray[] {out, back, dGamma, dBeta};
    }

    @Test
    void denseActivationsGiveTheSameBitsAlongRowsAsAlongPlanes() {
        // [batch, channels] read along its rows, and the same values laid out as one example's planes
        java.util.Random random = new java.util.Random(22);
        int batch = 37;
        int channels = 11;
        float[] rows = new float[batch * channels];
        float[] gradientRows = new float[batch * channels];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (float) (random.nextGaussian() * 2 + 3);
            gradientRows[i] = (float) random.nextGaussian();
        }
        float[] planes = new float[rows.length];
        float[] gradientPlanes = new float[rows.length];
        for (int n = 0; n < batch; n++) {
            for (int c = 0; c < channels; c++) {
                planes[c * batch + n] = rows[n * channels + c];
                gradientPlanes[c * batch + n] = gradientRows[n * channels + c];
            }
        }
        Planes alongRows = new Planes(batch, channels, 1);
        Planes alongPlanes = new Planes(1, channels, batch);
        float[] gamma = new float[channels];
        java.util.Arrays.fill(gamma, 1.5f);
        float[][] byRows = statisticsAndGradients(alongRows, rows, gradientRows, gamma);
        float[][] byPlanes = statisticsAndGradients(alongPlanes, planes, gradientPlanes, gamma);

        for (int k = 0; k < 4; k++) {
            assertThat(byRows[k]).as("statistic %d", k).containsExactly(byPlanes[k]);
        }
        for (int n = 0; n < batch; n++) {
            for (int c = 0; c < channels; c++) {
                assertThat(gradientRows[n * channels + c]).isEqualTo(gradientPlanes[c * batch + n]);
            }
        }
    }

    /** Means, variances, dγ, dβ; the input gradient is written over {@code gradient}. */
    private static float[][] statisticsAndGradients(Planes planes, float[] x, float[] gradient, float[] gamma) {
        float[] means = new float[planes.channels];
        float[] variances = new float[planes.channels];
        planes.meanAndVariance(x, means, variances, 0, planes.channels);
        float[] dGamma = new float[planes.channels];
        float[] dBeta = new float[planes.channels];
        planes.backward(x, gradient, means, variances, gamma, EPS, dGamma, dBeta, 0, planes.channels);
        return new float[][] {means, variances, dGamma, dBeta};
    }

    /** {@code (x − mean) / sqrt(variance + ε) · γ + β} per channel, with the batch's biased variance, in doubles. */
    private static INDArray normalisedInDouble(INDArray x, INDArray gamma, INDArray beta) {
        INDArray d = x.castTo(DataType.DOUBLE);
        long channels = x.size(1);
        INDArray mean = d.mean(0, 2, 3).reshape(1, channels, 1, 1);
        INDArray centred = d.sub(mean);
        INDArray variance = centred.mul(centred).mean(0, 2, 3).reshape(1, channels, 1, 1);
        INDArray scale = gamma.castTo(DataType.DOUBLE).reshape(1, channels, 1, 1)
                .div(org.nd4j.linalg.ops.transforms.Transforms.sqrt(variance.add(EPS)));
        return centred.mul(scale).add(beta.castTo(DataType.DOUBLE).reshape(1, channels, 1, 1));
    }

    private static org.deeplearning4j.nn.layers.LayerHelper helperOf(ComputationGraph network, String layer) {
        return ((org.deeplearning4j.nn.layers.normalization.BatchNormalization) network.getLayer(layer)).getHelper();
    }

    /**
     * Convolution → normalisation → ReLU layer → dense → normalisation (two-dimensional) → softmax. The layers before
     * a normalisation have no bias: its true gradient is zero, so what the two computations return for it is rounding
     * alone, which Adam would turn into full steps in random directions.
     */
    private static ComputationGraphConfiguration network() {
        return new NeuralNetConfiguration.Builder()
                .seed(3)
                .dataType(DataType.FLOAT)
                .updater(new Adam(1e-2))
                .graphBuilder()
                .addInputs("in")
                .setInputTypes(InputType.convolutional(8, 8, 2))
                .addLayer("conv", new ConvolutionLayer.Builder(3, 3).nOut(4).convolutionMode(ConvolutionMode.Same)
                        .activation(Activation.IDENTITY).hasBias(false).build(), "in")
                .addLayer("bn1", new BatchNormalization.Builder().build(), "conv")
                .addLayer("relu", new ActivationLayer.Builder().activation(Activation.RELU).build(), "bn1")
                .addLayer("dense", new DenseLayer.Builder().nOut(6).activation(Activation.IDENTITY).hasBias(false).build(), "relu")
                .addLayer("bn2", new BatchNormalization.Builder().build(), "dense")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "bn2")
                .setOutputs("out")
                .build();
    }
}

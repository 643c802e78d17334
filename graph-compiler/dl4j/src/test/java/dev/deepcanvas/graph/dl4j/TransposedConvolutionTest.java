package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.convolution.Deconvolution2DLayer;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transposed convolution computed through oneDNN (deconv2d with explicit padding, or the conv2d ops) gives DL4J's
 * outputs, every gradient (its own weights and bias, and through its input gradient the layers before it) and DL4J's
 * training, for the paddings, kernels and strides the graph compiler produces.
 */
@ExtendWith(NativeBackendConfigured.class)
class TransposedConvolutionTest {

    private static final int BATCH = 6;

    @ParameterizedTest(name = "kernel {0}, stride {1}, {2}, padding {3}, bias {4}")
    @CsvSource({
            "4, 2, Same, 0, true",
            "3, 2, Same, 0, true",
            "5, 1, Same, 0, false",
            "2, 3, Same, 0, true",
            "3, 2, Truncate, 0, true",
            "2, 3, Truncate, 0, false",
            "4, 2, Truncate, 1, true"})
    void outputsAndGradientsAreDl4js(int kernel, int stride, ConvolutionMode mode, int padding, boolean bias) {
        Twins twins = Twins.of(network(kernel, stride, mode, padding, bias), TransposedConvolution::install);
        ComputationGraph plain = twins.plain();
        ComputationGraph fast = twins.changed();
        assertThat(fast.getLayer("up")).isInstanceOf(TransposedConvolutionLayer.class);

        INDArray features = features();
        assertThat(relativeDifference(fast.outputSingle(false, features), plain.outputSingle(false, features)))
                .as("output").isLessThan(1e-5);
        Map<String, INDArray> expected = gradients(plain);
        Map<String, INDArray> actual = gradients(fast);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String key : expected.keySet()) {
            assertThat(relativeDifference(actual.get(key), expected.get(key))).as(key).isLessThan(1e-4);
        }
        TransposedConvolutionLayer layer = (TransposedConvolutionLayer) fast.getLayer("up");
        assertThat(layer.forwardPasses).as("forward passes it computed itself").isPositive();
        assertThat(layer.backwardPasses).as("backward passes it computed itself").isEqualTo(1);
    }

    /**
     * Which cases run through deconv2d with explicit padding: Same mode where its padding is even (the CSV cases above
     * cover both ways: kernel 4 stride 2 and kernel 5 stride 1 through deconv2d, kernel 3 stride 2 and kernel 2 stride
     * 3 through the convolution ops).
     */
    @Test
    void sameModeGetsExplicitPaddingOnlyWhereItIsEven() {
        INDArray input = Nd4j.zeros(DataType.FLOAT, 1, 4, 5, 6);
        assertThat(TransposedConvolutionLayer.evenSamePadding(new int[] {4, 4}, new int[] {2, 2}, input,
                new int[] {10, 12})).containsExactly(1, 1);
        assertThat(TransposedConvolutionLayer.evenSamePadding(new int[] {5, 5}, new int[] {1, 1}, input,
                new int[] {5, 6})).containsExactly(2, 2);
        assertThat(TransposedConvolutionLayer.evenSamePadding(new int[] {3, 3}, new int[] {2, 2}, input,
                new int[] {10, 12})).isNull();
        assertThat(TransposedConvolutionLayer.evenSamePadding(new int[] {2, 2}, new int[] {3, 3}, input,
                new int[] {15, 18})).isNull();
        assertThat(TransposedConvolutionLayer.evenSamePadding(new int[] {4, 3}, new int[] {2, 2}, input,
                new int[] {10, 12})).as("even rows, odd columns").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Activation.class, names = {"SIGMOID", "IDENTITY"})
    void fastTrainingFollowsDl4jsOwnTraining(Activation activation) {
        Twins twins = Twins.of(network(4, 2, ConvolutionMode.Same, 0, true, activation), FastTraining::prepare);
        ComputationGraph plain = twins.plain();
        ComputationGraph fast = twins.changed();
        for (int i = 0; i < 10; i++) {
            Nd4j.getRandom().setSeed(i + 1);
            INDArray features = features();
            plain.fit(new MultiDataSet(features.dup(), labels()));
            fast.fit(new MultiDataSet(features.dup(), labels()));
        }
        assertThat(relativeDifference(fast.params(), plain.params())).isLessThan(1e-3);
        TransposedConvolutionLayer layer = (TransposedConvolutionLayer) fast.getLayer("up");
        assertThat(layer.backwardPasses).isEqualTo(10);
        assertThat(layer.forwardPasses).as("each backward pass used its forward pass's pre-activation")
                .isEqualTo(10);
    }

    @Test
    void aSavedNetworkIsPlainDl4j(@TempDir Path dir) throws Exception {
        Twins twins = Twins.of(network(4, 2, ConvolutionMode.Same, 0, true), FastTraining::prepare);
        ComputationGraph fast = twins.changed();
        fast.fit(new MultiDataSet(features(), labels()));
        File file = dir.resolve("net.zip").toFile();
        ModelSerializer.writeModel(fast, file, true);
        ComputationGraph restored = ModelSerializer.restoreComputationGraph(file, true);
        assertThat(restored.getLayer("up").getClass()).isEqualTo(Deconvolution2DLayer.class);
        INDArray features = features();
        assertThat(relativeDifference(restored.outputSingle(false, features), fast.outputSingle(false, features)))
                .isLessThan(1e-5);
    }

    @Test
    void installingTwiceSwapsOnce() {
        Twins twins = Twins.of(network(4, 2, ConvolutionMode.Same, 0, true), TransposedConvolution::install);
        assertThat(TransposedConvolution.install(twins.changed())).isZero();
    }

    private static Map<String, INDArray> gradients(ComputationGraph net) {
        net.setInputs(features());
        net.setLabels(labels());
        net.computeGradientAndScore();
        Map<String, INDArray> copies = new TreeMap<>();
        net.gradient().gradientForVariable().forEach((key, value) -> copies.put(key, value.dup()));
        return copies;
    }

    /** A convolution before the transposed one, so its input gradient is checked through the first layer's. */
    private static ComputationGraphConfiguration network(int kernel, int stride, ConvolutionMode mode, int padding,
                                                         boolean bias) {
        return network(kernel, stride, mode, padding, bias, Activation.SIGMOID);
    }

    private static ComputationGraphConfiguration network(int kernel, int stride, ConvolutionMode mode, int padding,
                                                         boolean bias, Activation activation) {
        return new NeuralNetConfiguration.Builder().seed(5).dataType(DataType.FLOAT).updater(new Adam(1e-2))
                .graphBuilder().addInputs("in")
                .setInputTypes(InputType.convolutional(5, 6, 3))
                .addLayer("c", new ConvolutionLayer.Builder(3, 3).convolutionMode(ConvolutionMode.Same).nOut(4)
                        .activation(Activation.TANH).build(), "in")
                .addLayer("up", new Deconvolution2D.Builder().kernelSize(kernel, kernel).stride(stride, stride)
                        .padding(padding, padding).convolutionMode(mode).hasBias(bias).nOut(3)
                        .activation(activation).build(), "c")
                .addLayer("d", new DenseLayer.Builder().nOut(5).activation(Activation.RELU).build(), "up")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(2)
                        .activation(Activation.IDENTITY).build(), "d")
                .setOutputs("out").build();
    }

    private static INDArray features() {
        Nd4j.getRandom().setSeed(3);
        return Nd4j.rand(DataType.FLOAT, BATCH, 3, 5, 6);
    }

    private static INDArray labels() {
        Nd4j.getRandom().setSeed(4);
        return Nd4j.rand(DataType.FLOAT, BATCH, 2);
    }

    private static double relativeDifference(INDArray actual, INDArray expected) {
        return Twins.relativeDifference(actual, expected);
    }
}

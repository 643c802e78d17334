package dev.deepcanvas.backend.inside;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The saliency gradient against central finite differences of DL4J's own output, on small models in doubles. */
class InputGradientTest {

    private static final double STEP = 1e-5;

    @Test
    void aSmallCnnsGradientMatchesCentralDifferencesForEveryPixelAndClass() {
        ComputationGraph net = network(new NeuralNetConfiguration.Builder().seed(7).dataType(DataType.DOUBLE)
                .graphBuilder().addInputs("in")
                .addLayer("conv", new ConvolutionLayer.Builder(3, 3).nOut(3).activation(Activation.TANH).build(), "in")
                .addLayer("pool", new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2).stride(2, 2).build(), "conv")
                .addLayer("dense", new DenseLayer.Builder().nOut(5).activation(Activation.SIGMOID).build(), "pool")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "dense")
                .setOutputs("out").setInputTypes(InputType.convolutional(6, 6, 2)).build());
        INDArray input = Nd4j.rand(DataType.DOUBLE, 1, 2, 6, 6);

        for (int unit = 0; unit < 3; unit++) {
            assertMatchesFiniteDifferences(net, input, unit);
        }
        assertScoresMatchFiniteDifferences(net, input, 2);
    }

    @Test
    void anMlpsGradientMatchesForARegressorsLinearOutputToo() {
        ComputationGraph net = network(new NeuralNetConfiguration.Builder().seed(3).dataType(DataType.DOUBLE)
                .graphBuilder().addInputs("in")
                .addLayer("hidden", new DenseLayer.Builder().nIn(4).nOut(6).activation(Activation.TANH).build(), "in")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(6).nOut(2)
                        .activation(Activation.IDENTITY).build(), "hidden")
                .setOutputs("out").build());
        INDArray input = Nd4j.rand(DataType.DOUBLE, 1, 4);

        assertMatchesFiniteDifferences(net, input, 0);
        assertMatchesFiniteDifferences(net, input, 1);
        // the cached model must not keep the example: a later prediction sees only its own input
        assertThat(net.getVertex("hidden").getInputs()[0]).isNull();
    }

    @Test
    void whatCannotBeDifferentiatedAsItRunsIsRefusedByName() {
        ComputationGraph withBatchNorm = network(new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE)
                .graphBuilder().addInputs("in")
                .addLayer("norm", new BatchNormalization.Builder().nIn(4).nOut(4).build(), "in")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(4).nOut(2)
                        .activation(Activation.SOFTMAX).build(), "norm")
                .setOutputs("out").build());
        ComputationGraph withDropout = network(new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE)
                .graphBuilder().addInputs("in")
                .addLayer("hidden", new DenseLayer.Builder().nIn(4).nOut(3).dropOut(0.5).build(), "in")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(3).nOut(2)
                        .activation(Activation.SOFTMAX).build(), "hidden")
                .setOutputs("out").build());
        INDArray input = Nd4j.rand(DataType.DOUBLE, 1, 4);

        assertThatThrownBy(() -> InputGradient.of(withBatchNorm, input, 0, false))
                .isInstanceOf(InsideRejectedException.class)
                .hasMessage("The saliency map cannot be computed through batch normalisation (layer \"norm\"): "
                        + "DL4J differentiates it only as it behaves in training.");
        assertThatThrownBy(() -> InputGradient.of(withDropout, input, 0, false))
                .isInstanceOf(InsideRejectedException.class)
                .hasMessage("The saliency map cannot be computed through dropout (layer \"hidden\"): "
                        + "DL4J differentiates it only as it behaves in training.");
    }

    @Test
    void aUnitTheOutputDoesNotHaveIsRefused() {
        ComputationGraph net = network(new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE)
                .graphBuilder().addInputs("in")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(4).nOut(2)
                        .activation(Activation.SOFTMAX).build(), "in")
                .setOutputs("out").build());

        assertThatThrownBy(() -> InputGradient.of(net, Nd4j.rand(DataType.DOUBLE, 1, 4), 2, false))
                .isInstanceOf(InsideRejectedException.class)
                .hasMessage("The output has units 0 to 1; there is no unit 2.");
    }

    /**
     * Scores before softmax are not an output DL4J gives, but their differences are: z_i - z_0 = ln(p_i / p_0). So
     * the score gradients' difference is checked against central differences of that log ratio.
     */
    private static void assertScoresMatchFiniteDifferences(ComputationGraph net, INDArray input, int unit) {
        INDArray difference = InputGradient.of(net, input, unit, true).sub(InputGradient.of(net, input, 0, true))
                .reshape(input.length());
        INDArray flat = input.reshape(input.length());
        for (int i = 0; i < flat.length(); i++) {
            double original = flat.getDouble(i);
            flat.putScalar(i, original + STEP);
            INDArray up = net.outputSingle(false, input);
            flat.putScalar(i, original - STEP);
            INDArray down = net.outputSingle(false, input);
            flat.putScalar(i, original);
            double expected = (Math.log(up.getDouble(0, unit) / up.getDouble(0, 0))
                    - Math.log(down.getDouble(0, unit) / down.getDouble(0, 0))) / (2 * STEP);
            assertThat(difference.getDouble(i)).as("score difference, input value %d", i)
                    .isCloseTo(expected, within(1e-7 + 1e-5 * Math.abs(expected)));
        }
    }

    /** Each input value nudged up and down by {@link #STEP}: (f(x+h) - f(x-h)) / 2h. */
    private static void assertMatchesFiniteDifferences(ComputationGraph net, INDArray input, int unit) {
        INDArray gradient = InputGradient.of(net, input, unit, false);
        assertThat(gradient.shape()).isEqualTo(input.shape());
        INDArray flat = input.reshape(input.length());
        INDArray gradientFlat = gradient.reshape(gradient.length());
        double largest = 0;
        for (int i = 0; i < flat.length(); i++) {
            double original = flat.getDouble(i);
            flat.putScalar(i, original + STEP);
            double up = net.outputSingle(false, input).getDouble(0, unit);
            flat.putScalar(i, original - STEP);
            double down = net.outputSingle(false, input).getDouble(0, unit);
            flat.putScalar(i, original);
            double expected = (up - down) / (2 * STEP);
            largest = Math.max(largest, Math.abs(expected));
            assertThat(gradientFlat.getDouble(i)).as("unit %d, input value %d", unit, i)
                    .isCloseTo(expected, within(1e-7 + 1e-5 * Math.abs(expected)));
        }
        assertThat(largest).as("a gradient that is not all zero").isGreaterThan(1e-4);
    }

    private static ComputationGraph network(ComputationGraphConfiguration configuration) {
        ComputationGraph net = new ComputationGraph(configuration);
        net.init();
        return net;
    }
}

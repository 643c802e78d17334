package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
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

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A convolution reading the input skips only the input gradient: every parameter gradient stays DL4J's. */
@ExtendWith(NativeBackendConfigured.class)
class InputConvolutionTest {

    @Test
    void onlyTheConvolutionReadingTheInputIsChangedAndItsGradientsAreDl4js() {
        ComputationGraphConfiguration conf = network(ConvolutionMode.Truncate, 1);
        int[] installed = new int[1];
        Twins twins = Twins.of(conf, net -> installed[0] = InputConvolution.install(net));
        ComputationGraph plain = twins.plain();
        ComputationGraph fast = twins.changed();
        assertThat(installed[0]).as("conv1 only; conv2 reads a pooling layer").isEqualTo(1);

        Map<String, INDArray> expected = gradients(plain);
        Map<String, INDArray> actual = gradients(fast);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String key : expected.keySet()) {
            assertThat(relativeDifference(actual.get(key), expected.get(key))).as(key).isLessThan(1e-4);
        }
        InputConvolutionHelper helper = (InputConvolutionHelper) ((org.deeplearning4j.nn.layers.convolution
                .ConvolutionLayer) fast.getLayer("c1")).getHelper();
        assertThat(helper.backwardPasses).isEqualTo(1);
    }

    @Test
    void stridedConvolutionsAgreeAndSameModeIsLeftToOneDnn() {
        for (ConvolutionMode mode : new ConvolutionMode[] {ConvolutionMode.Truncate, ConvolutionMode.Same}) {
            ComputationGraphConfiguration conf = network(mode, 2);
            Twins twins = Twins.of(conf, InputConvolution::install);
            ComputationGraph plain = twins.plain();
            ComputationGraph fast = twins.changed();
            Map<String, INDArray> expected = gradients(plain);
            Map<String, INDArray> actual = gradients(fast);
            for (String key : expected.keySet()) {
                assertThat(relativeDifference(actual.get(key), expected.get(key))).as(mode + " " + key)
                        .isLessThan(1e-4);
            }
        }
    }

    @Test
    void fastTrainingFollowsDl4jsOwnTraining() {
        ComputationGraphConfiguration conf = network(ConvolutionMode.Truncate, 1);
        Twins twins = Twins.of(conf, FastTraining::prepare);
        ComputationGraph plain = twins.plain();
        ComputationGraph fast = twins.changed();
        for (int i = 0; i < 10; i++) {
            Nd4j.getRandom().setSeed(i + 1);
            INDArray features = Nd4j.rand(DataType.FLOAT, 8, 1, 12, 12);
            plain.fit(new MultiDataSet(features.dup(), labels()));
            fast.fit(new MultiDataSet(features.dup(), labels()));
        }
        assertThat(relativeDifference(fast.params(), plain.params())).isLessThan(1e-3);
    }

    private static Map<String, INDArray> gradients(ComputationGraph net) {
        Nd4j.getRandom().setSeed(3);
        net.setInputs(Nd4j.rand(DataType.FLOAT, 8, 1, 12, 12));
        net.setLabels(labels());
        net.computeGradientAndScore();
        Map<String, INDArray> copies = new TreeMap<>();
        net.gradient().gradientForVariable().forEach((key, value) -> copies.put(key, value.dup()));
        return copies;
    }

    static ComputationGraphConfiguration network(ConvolutionMode mode, int stride) {
        return new NeuralNetConfiguration.Builder().seed(5).dataType(DataType.FLOAT).updater(new Adam(1e-2))
                .convolutionMode(mode).graphBuilder().addInputs("in")
                .setInputTypes(InputType.convolutional(12, 12, 1))
                .addLayer("c1", new ConvolutionLayer.Builder(3, 3).stride(stride, stride).nOut(4)
                        .activation(Activation.RELU).build(), "in")
                .addLayer("p1", new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
                        .stride(2, 2).build(), "c1")
                .addLayer("c2", new ConvolutionLayer.Builder(2, 2).nOut(3).activation(Activation.RELU).build(), "p1")
                .addLayer("d", new DenseLayer.Builder().nOut(6).activation(Activation.RELU).build(), "c2")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "d")
                .setOutputs("out").build();
    }

    static INDArray labels() {
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 8, 3);
        for (int i = 0; i < 8; i++) {
            labels.putScalar(i, i % 3, 1);
        }
        return labels;
    }

    private static double relativeDifference(INDArray actual, INDArray expected) {
        return Twins.relativeDifference(actual, expected);
    }
}

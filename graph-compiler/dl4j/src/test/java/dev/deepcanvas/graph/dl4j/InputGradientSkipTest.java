package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
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

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Convolutions and dense layers reading the input skip only the input gradient: every parameter gradient stays
 * DL4J's.
 */
@ExtendWith(NativeBackendConfigured.class)
class InputGradientSkipTest {

    @Test
    void onlyTheConvolutionReadingTheInputIsChangedAndItsGradientsAreDl4js() {
        ComputationGraphConfiguration conf = network(ConvolutionMode.Truncate, 1);
        int[] installed = new int[1];
        Twins twins = Twins.of(conf, net -> installed[0] = InputGradientSkip.install(net));
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
            Twins twins = Twins.of(conf, InputGradientSkip::install);
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

    @Test
    void denseLayersReadingTheInputGiveZerosForItAndDl4jsParameterGradients() {
        ComputationGraphConfiguration conf = denseNetwork();
        int[] installed = new int[1];
        Twins twins = Twins.of(conf, net -> {
            FastDense.install(net);
            installed[0] = InputGradientSkip.install(net);
        });
        assertThat(installed[0]).as("d1 and d2 read the input; the output layer reads their merge").isEqualTo(2);
        Nd4j.getRandom().setSeed(4);
        INDArray features = Nd4j.rand(DataType.FLOAT, 8, 10);
        Map<String, INDArray> expected = gradients(twins.plain(), features);
        Map<String, INDArray> actual = gradients(twins.changed(), features);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String key : expected.keySet()) {
            assertThat(relativeDifference(actual.get(key), expected.get(key))).as(key).isLessThan(1e-4);
        }

        FastDenseLayer d1 = (FastDenseLayer) twins.changed().getLayer("d1");
        LayerWorkspaceMgr none = LayerWorkspaceMgr.noWorkspaces();
        d1.setInput(features, none);
        d1.activate(true, none);
        INDArray inputGradient = d1.backpropGradient(Nd4j.ones(DataType.FLOAT, 8, 6), none).getSecond();
        assertThat(inputGradient.shape()).isEqualTo(features.shape());
        assertThat(inputGradient.amaxNumber().doubleValue()).isZero();
        assertThat(d1.skipInputGradient()).as("already skipping").isFalse();
    }

    @Test
    void anOutputLayerReadingTheInputSkipsItAndTrainingFollowsDl4j() {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(6).dataType(DataType.FLOAT)
                .updater(new Adam(1e-2)).graphBuilder().addInputs("in").setInputTypes(InputType.feedForward(10))
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "in")
                .setOutputs("out").build();
        int[] installed = new int[1];
        Twins.of(conf, net -> {
            FastDense.install(net);
            installed[0] = InputGradientSkip.install(net);
        });
        assertThat(installed[0]).isEqualTo(1);
        assertTrainsLikeDl4j(conf);
    }

    @Test
    void fastTrainingOfDenseLayersReadingTheInputFollowsDl4jsOwnTraining() {
        assertTrainsLikeDl4j(denseNetwork());
    }

    private static void assertTrainsLikeDl4j(ComputationGraphConfiguration conf) {
        Twins twins = Twins.of(conf, FastTraining::prepare);
        for (int i = 0; i < 10; i++) {
            Nd4j.getRandom().setSeed(i + 1);
            INDArray features = Nd4j.rand(DataType.FLOAT, 8, 10);
            twins.plain().fit(new MultiDataSet(features.dup(), labels()));
            twins.changed().fit(new MultiDataSet(features.dup(), labels()));
        }
        assertThat(relativeDifference(twins.changed().params(), twins.plain().params())).isLessThan(1e-3);
    }

    /** Two dense layers reading the same input (DL4J adds their input gradients), merged into the output. */
    private static ComputationGraphConfiguration denseNetwork() {
        return new NeuralNetConfiguration.Builder().seed(7).dataType(DataType.FLOAT).updater(new Adam(1e-2))
                .graphBuilder().addInputs("in").setInputTypes(InputType.feedForward(10))
                .addLayer("d1", new DenseLayer.Builder().nOut(6).activation(Activation.RELU).build(), "in")
                .addLayer("d2", new DenseLayer.Builder().nOut(5).activation(Activation.TANH).build(), "in")
                .addVertex("both", new MergeVertex(), "d1", "d2")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "both")
                .setOutputs("out").build();
    }

    private static Map<String, INDArray> gradients(ComputationGraph net, INDArray features) {
        net.setInputs(features.dup());
        net.setLabels(labels());
        net.computeGradientAndScore();
        Map<String, INDArray> copies = new TreeMap<>();
        net.gradient().gradientForVariable().forEach((key, value) -> copies.put(key, value.dup()));
        return copies;
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

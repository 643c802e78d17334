package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.CompiledGan;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.testing.Samples;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.layers.FrozenLayerWithBackprop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The combined network's frozen layers ({@link FrozenLayers}): the generator learns exactly as through DL4J's frozen
 * wrapper, the updater holds no state for the frozen parameters, which do not move, and frozen dense and output layers
 * take the fast path.
 */
@ExtendWith(NativeBackendConfigured.class)
class FrozenLayersTest {

    @Test
    void theGeneratorLearnsAsThroughDl4jsFrozenWrapperAndTheFrozenLayersStayPut() throws Exception {
        CompiledGan gan = new GraphCompiler().compileGan(Samples.gan());
        ComputationGraph plain = init(gan);
        ComputationGraph fast = init(gan);
        fast.setParams(plain.params().dup());
        FastConvolution.install(fast);
        FastDense.install(fast);
        assertThat(FrozenLayers.install(fast)).isEqualTo(3);
        INDArray before = fast.params().dup();
        for (int step = 0; step < 5; step++) {
            Nd4j.getRandom().setSeed(step + 1);
            INDArray noise = Nd4j.randn(DataType.FLOAT, 6, 8);
            plain.fit(new INDArray[] {noise.dup()}, new INDArray[] {Nd4j.ones(DataType.FLOAT, 6, 1)});
            fast.fit(new INDArray[] {noise.dup()}, new INDArray[] {Nd4j.ones(DataType.FLOAT, 6, 1)});
            assertThat(fast.score()).as("score of step " + step).isCloseTo(plain.score(),
                    org.assertj.core.data.Offset.offset(1e-5 * Math.max(1, Math.abs(plain.score()))));
        }
        for (String layer : List.of("g1", "g2")) {
            INDArray expected = plain.getLayer(layer).params();
            INDArray actual = fast.getLayer(layer).params();
            assertThat(actual.sub(expected).norm2Number().doubleValue())
                    .as("generator layer " + layer).isLessThan(1e-5 * expected.norm2Number().doubleValue());
        }
        for (String layer : List.of("d1", "d2", "verdict")) {
            assertThat(fast.getLayer(layer).params()).as("frozen layer " + layer)
                    .isEqualTo(paramsOf(layer, gan, before));
        }
        // Adam's two moments for the generator's parameters only
        long generatorParams = fast.getLayer("g1").numParams() + fast.getLayer("g2").numParams();
        assertThat(fast.getUpdater().getStateViewArray().length()).isEqualTo(2 * generatorParams);
        assertThat(plain.getUpdater().getStateViewArray().length()).isEqualTo(2 * fast.numParams());
        // the frozen convolution (d1), dense (d2) and output (verdict) layers computed their backward passes
        // themselves
        List<Layer> insides = frozenInsides(fast);
        assertThat(insides).hasSize(3);
        assertThat(insides).filteredOn(FastConvolutionLayer.class::isInstance).singleElement()
                .satisfies(l -> assertThat(((FastConvolutionLayer) l).frozenBackwardPasses).isEqualTo(5));
        assertThat(insides).filteredOn(FastDenseLayer.class::isInstance).singleElement()
                .satisfies(l -> assertThat(((FastDenseLayer) l).backwardPasses).isEqualTo(5));
        assertThat(insides).filteredOn(FastOutputLayer.class::isInstance).singleElement()
                .satisfies(l -> assertThat(((FastOutputLayer) l).backwardPasses).isEqualTo(5));
    }

    /**
     * A frozen convolution's input gradient, computed as a transposed convolution, is DL4J's (the layer below learns
     * from it); where the transposed
     * convolution would not cover the whole input (padding one side more, or rows the stride skips), DL4J computes it.
     */
    @ParameterizedTest(name = "kernel {0}, stride {1}, {2} on 8×8: own path {3}")
    @CsvSource({"3, 1, Truncate, true", "4, 2, Same, true", "3, 1, Same, true", "3, 2, Same, false",
            "3, 2, Truncate, false", "2, 2, Truncate, true"})
    void aFrozenConvolutionGivesDl4jsInputGradient(int kernel, int stride, ConvolutionMode mode, boolean ownPath) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(5).updater(new Adam(1e-2))
                .dataType(DataType.FLOAT).convolutionMode(mode).graphBuilder()
                .addInputs("in")
                .setInputTypes(InputType.convolutional(8, 8, 3))
                .addLayer("below", new ConvolutionLayer.Builder(1, 1).nOut(3).activation(Activation.LEAKYRELU)
                        .build(), "in")
                .addLayer("conv", new org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop(
                        new ConvolutionLayer.Builder(kernel, kernel).stride(stride, stride).nOut(4)
                                .activation(Activation.LEAKYRELU).build()), "below")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nOut(1)
                        .activation(Activation.SIGMOID).build(), "conv")
                .setOutputs("out")
                .build();
        Twins twins = Twins.of(conf, net -> {
            FastConvolution.install(net);
            FrozenLayers.install(net);
            net.getConfiguration().setCacheMode(org.deeplearning4j.nn.conf.CacheMode.DEVICE);
            net.setCacheMode(org.deeplearning4j.nn.conf.CacheMode.DEVICE);
        });
        for (int step = 0; step < 2; step++) {
            Nd4j.getRandom().setSeed(20 + step);
            INDArray pictures = Nd4j.randn(DataType.FLOAT, 6, 3, 8, 8);
            INDArray targets = Nd4j.rand(DataType.FLOAT, 6, 1);
            for (ComputationGraph net : List.of(twins.plain(), twins.changed())) {
                net.setInputs(pictures.dup());
                net.setLabels(targets);
                net.computeGradientAndScore();
            }
            // the layer below learns from the frozen convolution's input gradient
            INDArray expected = twins.plain().getLayer("below").getGradientsViewArray();
            INDArray actual = twins.changed().getLayer("below").getGradientsViewArray();
            assertThat(expected.norm2Number().doubleValue()).isGreaterThan(0);
            assertThat(Twins.relativeDifference(actual, expected)).as("step " + step).isLessThan(1e-5);
        }
        Layer inside = ((FrozenLayerWithBackprop) twins.changed().getLayer("conv")).getInsideLayer();
        assertThat(((FastConvolutionLayer) inside).frozenBackwardPasses).isEqualTo(ownPath ? 2 : 0);
    }

    private static INDArray paramsOf(String layer, CompiledGan gan, INDArray before) {
        ComputationGraph shaped = init(gan);
        shaped.setParams(before.dup());
        return shaped.getLayer(layer).params();
    }

    private static List<Layer> frozenInsides(ComputationGraph network) {
        List<Layer> insides = new ArrayList<>();
        for (GraphVertex vertex : network.getVertices()) {
            if (vertex.hasLayer() && vertex.getLayer() instanceof FrozenLayerWithBackprop frozen) {
                insides.add(frozen.getInsideLayer());
            }
        }
        return insides;
    }

    private static ComputationGraph init(CompiledGan gan) {
        ComputationGraph net = new ComputationGraph(gan.combined().configuration().clone());
        net.init();
        return net;
    }
}

package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;
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

/** The fast dense and output layers compute DL4J's outputs, gradients, scores and training, once per step. */
@ExtendWith(NativeBackendConfigured.class)
class FastDenseTest {

    @Test
    void gradientsScoresAndOutputsAreDl4jsAndEachProductRunsOncePerStep() {
        Twins twins = Twins.of(network(false), FastDense::install);
        ComputationGraph plain = twins.plain();
        ComputationGraph fast = twins.changed();
        assertThat(fast.getLayer("hidden")).isInstanceOf(FastDenseLayer.class);
        assertThat(fast.getLayer("out")).isInstanceOf(FastOutputLayer.class);

        INDArray features = features(1);
        Map<String, INDArray> expected = gradients(plain, features);
        Map<String, INDArray> actual = gradients(fast, features);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String key : expected.keySet()) {
            assertThat(Twins.relativeDifference(actual.get(key), expected.get(key))).as(key).isLessThan(1e-5);
        }
        assertThat(fast.score()).isCloseTo(plain.score(), org.assertj.core.data.Offset.offset(1e-5));
        FastDenseLayer hidden = (FastDenseLayer) fast.getLayer("hidden");
        FastOutputLayer out = (FastOutputLayer) fast.getLayer("out");
        assertThat(hidden.forwardPasses).isEqualTo(1);
        assertThat(hidden.backwardPasses).isEqualTo(1);
        assertThat(out.forwardPasses).as("backprop and score share one product").isEqualTo(1);
        assertThat(out.backwardPasses).isEqualTo(1);

        assertThat(Twins.relativeDifference(fast.outputSingle(features), plain.outputSingle(features)))
                .isLessThan(1e-5);
    }

    @Test
    void trainingFollowsDl4jsOwnEvenWhenTheSameBatchComesAgain() {
        Twins twins = Twins.of(network(false), FastDense::install);
        INDArray features = features(2);
        for (int i = 0; i < 10; i++) {
            // the same arrays every other step: nothing of the step before may be reused
            INDArray step = i % 2 == 0 ? features : features(10 + i);
            twins.plain().fit(new MultiDataSet(step, labels()));
            twins.changed().fit(new MultiDataSet(step, labels()));
            assertThat(twins.changed().score()).as("step " + i)
                    .isCloseTo(twins.plain().score(), org.assertj.core.data.Offset.offset(1e-4));
        }
        assertThat(Twins.relativeDifference(twins.changed().params(), twins.plain().params())).isLessThan(1e-4);
    }

    @Test
    void frozenLayersAndLabelMasksAreHandledToo() {
        Twins twins = Twins.of(network(true), FastDense::install);
        assertThat(FastDense.install(new ComputationGraph(network(true)) {{
            init();
        }})).as("both frozen and unfrozen dense layers are swapped").isEqualTo(3);
        INDArray mask = Nd4j.createFromArray(new float[][] {{1}, {0}, {1}, {1}, {0}, {1}, {1}, {1}});
        for (int i = 0; i < 5; i++) {
            INDArray step = features(20 + i);
            twins.plain().fit(new MultiDataSet(new INDArray[] {step}, new INDArray[] {labels()}, null,
                    new INDArray[] {mask}));
            twins.changed().fit(new MultiDataSet(new INDArray[] {step}, new INDArray[] {labels()}, null,
                    new INDArray[] {mask}));
        }
        assertThat(Twins.relativeDifference(twins.changed().params(), twins.plain().params())).isLessThan(1e-4);
    }

    private static Map<String, INDArray> gradients(ComputationGraph net, INDArray features) {
        net.setInputs(features);
        net.setLabels(labels());
        net.computeGradientAndScore();
        Map<String, INDArray> copies = new TreeMap<>();
        net.gradient().gradientForVariable().forEach((key, value) -> copies.put(key, value.dup()));
        return copies;
    }

    private static ComputationGraphConfiguration network(boolean frozen) {
        DenseLayer first = new DenseLayer.Builder().nOut(7).activation(Activation.TANH).build();
        return new NeuralNetConfiguration.Builder().seed(5).dataType(DataType.FLOAT).updater(new Adam(1e-2))
                .graphBuilder().addInputs("in")
                .setInputTypes(InputType.feedForward(12))
                .addLayer("first", frozen ? new FrozenLayerWithBackprop(first) : first, "in")
                .addLayer("hidden", new DenseLayer.Builder().nOut(9).activation(Activation.RELU).build(), "first")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "hidden")
                .setOutputs("out").build();
    }

    private static INDArray features(long seed) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.rand(DataType.FLOAT, 8, 12).subi(0.5);
    }

    private static INDArray labels() {
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 8, 3);
        for (int i = 0; i < 8; i++) {
            labels.putScalar(i, i % 3, 1);
        }
        return labels;
    }
}

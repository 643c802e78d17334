package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.gradient.Gradient;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The fused pass must compute what DL4J's own LSTM computes: outputs, every gradient, and whole training runs. */
@ExtendWith(NativeBackendConfigured.class)
class FusedLstmTest {

    private static final int BATCH = 6;
    private static final int FEATURES = 5;
    private static final int STEPS = 7;

    @Test
    void manyToOneGivesDl4jsOutputsAndGradients() {
        assertSameAsDl4j(manyToOne(), classLabels(BATCH, 3));
    }

    @Test
    void stackedManyToManyGivesDl4jsOutputsAndGradients() {
        assertSameAsDl4j(manyToMany(), sequenceLabels());
    }

    @Test
    void bothDirectionsOfABidirectionalLstmUseItAndAgree() {
        ComputationGraphConfiguration conf = graph()
                .addLayer("lstm", new Bidirectional(Bidirectional.Mode.CONCAT,
                        new LSTM.Builder().nOut(8).activation(Activation.TANH).build()), "in")
                .addLayer("out", new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(4)
                        .activation(Activation.SOFTMAX).build(), "lstm")
                .setOutputs("out").build();
        ComputationGraph probe = new ComputationGraph(conf.clone());
        probe.init();
        assertThat(FusedLstm.install(probe)).isEqualTo(2);
        assertSameAsDl4j(conf, sequenceLabels());
    }

    @Test
    void trainingWithItFollowsTheSamePathAsDl4j() {
        ComputationGraphConfiguration conf = manyToOne();
        Twins twins = Twins.of(conf, FusedLstm::install);
        ComputationGraph plain = twins.plain();
        ComputationGraph fused = twins.changed();
        for (int i = 0; i < 20; i++) {
            INDArray features = features(i);
            plain.fit(new MultiDataSet(features.dup(), classLabels(BATCH, 3)));
            fused.fit(new MultiDataSet(features.dup(), classLabels(BATCH, 3)));
        }
        assertThat(relativeDifference(fused.params(), plain.params())).isLessThan(1e-3);
        FusedLstmHelper helper = (FusedLstmHelper) ((org.deeplearning4j.nn.layers.wrapper.BaseWrapperLayer)
                fused.getLayer("lstm")).getUnderlying().getHelper();
        assertThat(helper.backwardPasses).as("every step's backward pass was the fused one").isEqualTo(20);
        assertThat(helper.forwardPasses).as("and reused its forward pass").isEqualTo(20);
        assertThat(fused.score()).isCloseTo(plain.score(), org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void truncatedBackpropagationThroughTimeTrainsLikeDl4j() {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(7).dataType(DataType.FLOAT)
                .updater(new Adam(1e-2)).graphBuilder().addInputs("in")
                .setInputTypes(InputType.recurrent(FEATURES, STEPS))
                .addLayer("lstm", new LSTM.Builder().nOut(8).activation(Activation.TANH).build(), "in")
                .addLayer("out", new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(4)
                        .activation(Activation.SOFTMAX).build(), "lstm")
                .setOutputs("out")
                .backpropType(org.deeplearning4j.nn.conf.BackpropType.TruncatedBPTT).tBPTTLength(3).build();
        Twins twins = Twins.of(conf, FusedLstm::install);
        ComputationGraph plain = twins.plain();
        ComputationGraph fused = twins.changed();
        for (int i = 0; i < 5; i++) {
            INDArray features = features(i);
            plain.fit(new MultiDataSet(features.dup(), sequenceLabels()));
            fused.fit(new MultiDataSet(features.dup(), sequenceLabels()));
        }
        assertThat(relativeDifference(fused.params(), plain.params())).isLessThan(1e-3);
        FusedLstmHelper helper = (FusedLstmHelper) ((org.deeplearning4j.nn.layers.recurrent.LSTM)
                fused.getLayer("lstm")).getHelper();
        assertThat(helper.backwardPasses).as("3 segments of the 7 steps per fit").isEqualTo(15);
    }

    @Test
    void stepByStepGenerationKeepsTheSameState() {
        ComputationGraphConfiguration conf = manyToMany();
        Twins twins = Twins.of(conf, FusedLstm::install);
        ComputationGraph plain = twins.plain();
        ComputationGraph fused = twins.changed();

        INDArray sequence = features(1);
        for (int t = 0; t < STEPS; t++) {
            INDArray step = sequence.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                    org.nd4j.linalg.indexing.NDArrayIndex.all(),
                    org.nd4j.linalg.indexing.NDArrayIndex.interval(t, t + 1));
            INDArray expected = plain.rnnTimeStep(step)[0];
            INDArray actual = fused.rnnTimeStep(step)[0];
            assertThat(relativeDifference(actual, expected)).as("step %d", t).isLessThan(1e-4);
        }
    }

    @Test
    void aMaskedBatchFallsBackToDl4jsOwnPass() {
        ComputationGraphConfiguration conf = manyToMany();
        Twins twins = Twins.of(conf, FusedLstm::install);
        ComputationGraph plain = twins.plain();
        ComputationGraph fused = twins.changed();
        INDArray mask = Nd4j.ones(DataType.FLOAT, BATCH, STEPS);
        mask.putScalar(0, STEPS - 1, 0);
        INDArray expected = plain.output(false, new INDArray[] {features(2)}, new INDArray[] {mask})[0];
        INDArray actual = fused.output(false, new INDArray[] {features(2)}, new INDArray[] {mask})[0];
        assertThat(relativeDifference(actual, expected)).isLessThan(1e-6);
    }

    private static void assertSameAsDl4j(ComputationGraphConfiguration conf, INDArray labels) {
        int[] installed = new int[1];
        Twins twins = Twins.of(conf, net -> installed[0] = FusedLstm.install(net));
        assertThat(installed[0]).isPositive();
        ComputationGraph plain = twins.plain();
        ComputationGraph fused = twins.changed();

        INDArray features = features(0);
        assertThat(relativeDifference(fused.outputSingle(false, features), plain.outputSingle(false, features)))
                .as("outputs").isLessThan(1e-5);

        Map<String, INDArray> expected = gradients(plain, features, labels);
        Map<String, INDArray> actual = gradients(fused, features, labels);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String key : expected.keySet()) {
            assertThat(relativeDifference(actual.get(key), expected.get(key))).as(key).isLessThan(1e-4);
        }
    }

    private static Map<String, INDArray> gradients(ComputationGraph net, INDArray features, INDArray labels) {
        net.setInputs(features);
        net.setLabels(labels);
        net.computeGradientAndScore();
        Gradient gradient = net.gradient();
        Map<String, INDArray> copies = new java.util.TreeMap<>();
        gradient.gradientForVariable().forEach((key, value) -> copies.put(key, value.dup()));
        return copies;
    }

    private static ComputationGraphConfiguration manyToOne() {
        return graph()
                .addLayer("lstm", new LastTimeStep(new LSTM.Builder().nOut(8).activation(Activation.TANH).build()),
                        "in")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "lstm")
                .setOutputs("out").build();
    }

    private static ComputationGraphConfiguration manyToMany() {
        return graph()
                .addLayer("lstm1", new LSTM.Builder().nOut(9).activation(Activation.TANH).build(), "in")
                .addLayer("lstm2", new LSTM.Builder().nOut(6).activation(Activation.TANH).build(), "lstm1")
                .addLayer("out", new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(4)
                        .activation(Activation.SOFTMAX).build(), "lstm2")
                .setOutputs("out").build();
    }

    private static ComputationGraphConfiguration.GraphBuilder graph() {
        return new NeuralNetConfiguration.Builder().seed(7).dataType(DataType.FLOAT).updater(new Adam(1e-2))
                .graphBuilder().addInputs("in").setInputTypes(InputType.recurrent(FEATURES, STEPS));
    }

    private static INDArray features(long seed) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.rand(DataType.FLOAT, BATCH, FEATURES, STEPS).subi(0.5).muli(2);
    }

    private static INDArray classLabels(int rows, int classes) {
        INDArray labels = Nd4j.zeros(DataType.FLOAT, rows, classes);
        for (int i = 0; i < rows; i++) {
            labels.putScalar(i, i % classes, 1);
        }
        return labels;
    }

    private static INDArray sequenceLabels() {
        INDArray labels = Nd4j.zeros(DataType.FLOAT, BATCH, 4, STEPS);
        for (int i = 0; i < BATCH; i++) {
            for (int t = 0; t < STEPS; t++) {
                labels.putScalar(new int[] {i, (i + t) % 4, t}, 1);
            }
        }
        return labels;
    }

    private static double relativeDifference(INDArray actual, INDArray expected) {
        return Twins.relativeDifference(actual, expected);
    }
}

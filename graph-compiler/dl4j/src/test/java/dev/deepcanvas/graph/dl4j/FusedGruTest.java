package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.AddOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.SubOp;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fused GRU computes what the SameDiff definition of {@link GruLayer} computes in DL4J: outputs, every gradient
 * (the one flowing into an earlier GRU too), and whole training runs, with one forward pass per training step. The
 * SameDiff definition it is compared with runs with its bridge's factor undone ({@link ExactSameDiffGradients});
 * one test holds the fused gradient itself to a finite difference.
 */
@ExtendWith(NativeBackendConfigured.class)
class FusedGruTest {

    @Test
    void stackedGrusGiveTheSameOutputsAndGradientsAsTheSameDiffDefinition() {
        Twins twins = Twins.of(stacked(), ExactSameDiffGradients::install, FusedGru::install);
        assertThat(twins.changed().getLayer("gru1")).isInstanceOf(FusedGruLayer.class);
        assertThat(twins.changed().getLayer("gru2")).isInstanceOf(FusedGruLayer.class);
        INDArray features = features(1);
        assertThat(Twins.relativeDifference(twins.changed().outputSingle(features),
                twins.plain().outputSingle(features))).isLessThan(1e-5);

        Map<String, INDArray> expected = gradients(twins.plain(), features);
        Map<String, INDArray> actual = gradients(twins.changed(), features);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String key : expected.keySet()) {
            assertThat(Twins.relativeDifference(actual.get(key), expected.get(key))).as(key).isLessThan(1e-4);
        }
        FusedGruLayer gru1 = (FusedGruLayer) twins.changed().getLayer("gru1");
        assertThat(gru1.backwardPasses).isEqualTo(1);
        assertThat(gru1.forwardPasses).as("one for the output, one for the training step").isEqualTo(2);
    }

    @Test
    void theNextHiddenStateIsLibnd4jsSubtractMultiplyAddToTheBit() {
        Nd4j.getRandom().setSeed(21);
        INDArray n = Nd4j.randn(DataType.FLOAT, 16, 8);
        INDArray z = Nd4j.rand(DataType.FLOAT, 16, 8);
        INDArray h = Nd4j.randn(DataType.FLOAT, 16, 8);
        INDArray difference = Nd4j.create(DataType.FLOAT, 16, 8);
        Nd4j.exec(new SubOp(h, n, difference));
        difference.muli(z);
        INDArray expected = Nd4j.create(DataType.FLOAT, 16, 8);
        Nd4j.exec(new AddOp(n, difference, expected));

        float[] next = h.data().asFloat();
        FusedGruLayer.nextHidden(n.data().asFloat(), z.data().asFloat(), next, next.length);

        assertThat(LeakyReluTest.bits(Nd4j.createFromArray(next).reshape(16, 8)))
                .isEqualTo(LeakyReluTest.bits(expected));
    }

    @Test
    void gradientsAreTheExactOnes() {
        Twins twins = Twins.of(stacked(), FusedGru::install);
        ComputationGraph fused = twins.changed();
        INDArray features = features(4);
        double analytic = gradients(fused, features).get("gru1_W").getDouble(0, 0);
        INDArray w = fused.getParam("gru1_W");
        double original = w.getDouble(0, 0);
        double h = 1e-2;
        w.putScalar(0, 0, original + h);
        double up = score(fused, features);
        w.putScalar(0, 0, original - h);
        double down = score(fused, features);
        w.putScalar(0, 0, original);
        // DL4J's gradients are sums over the batch of 8; the score is the batch's mean loss
        double exact = (up - down) / (2 * h) * 8;
        // through both GRUs: gru1's own gradient and the one gru2 passes back to it
        assertThat(analytic).isCloseTo(exact,
                org.assertj.core.data.Offset.offset(0.02 * Math.abs(analytic)));
    }

    private static double score(ComputationGraph net, INDArray features) {
        net.setInputs(features);
        net.setLabels(labels(3));
        net.computeGradientAndScore();
        return net.score();
    }

    @Test
    void trainingFollowsTheSameDiffDefinitionForSequencesAndLastSteps() {
        for (ComputationGraphConfiguration conf : new ComputationGraphConfiguration[] {stacked(), sequenceOutput()}) {
            Twins twins = Twins.of(conf, ExactSameDiffGradients::install, FastTraining::prepare);
            INDArray features = features(2);
            for (int i = 0; i < 10; i++) {
                // the same arrays every other step: nothing of the step before may be reused
                INDArray step = i % 2 == 0 ? features : features(10 + i);
                INDArray labels = labels(conf == stackedConf ? 3 : 0);
                twins.plain().fit(new MultiDataSet(step, labels));
                twins.changed().fit(new MultiDataSet(step, labels));
            }
            assertThat(Twins.relativeDifference(twins.changed().params(), twins.plain().params())).isLessThan(1e-4);
        }
    }

    private static ComputationGraphConfiguration stackedConf;

    private static Map<String, INDArray> gradients(ComputationGraph net, INDArray features) {
        net.setInputs(features);
        net.setLabels(labels(3));
        net.computeGradientAndScore();
        Map<String, INDArray> copies = new TreeMap<>();
        net.gradient().gradientForVariable().forEach((key, value) -> copies.put(key, value.dup()));
        return copies;
    }

    private static NeuralNetConfiguration.Builder base() {
        return new NeuralNetConfiguration.Builder().seed(11).dataType(DataType.FLOAT).updater(new Adam(1e-2));
    }

    /** A GRU returning its sequence feeding a GRU returning its last step, then a dense output. */
    private static ComputationGraphConfiguration stacked() {
        if (stackedConf == null) {
            stackedConf = base().graphBuilder().addInputs("in").setInputTypes(InputType.recurrent(5, 7))
                    .addLayer("gru1", new GruLayer(6, 7, true), "in")
                    .addLayer("gru2", new GruLayer(4, 7, false), "gru1")
                    .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                            .activation(Activation.SOFTMAX).build(), "gru2")
                    .setOutputs("out").build();
        }
        return stackedConf;
    }

    private static ComputationGraphConfiguration sequenceOutput() {
        return base().graphBuilder().addInputs("in").setInputTypes(InputType.recurrent(5, 7))
                .addLayer("gru", new GruLayer(6, 7, true), "in")
                .addLayer("out", new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(2)
                        .activation(Activation.SOFTMAX).build(), "gru")
                .setOutputs("out").build();
    }

    private static INDArray features(long seed) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.rand(DataType.FLOAT, 8, 5, 7).subi(0.5).muli(2);
    }

    /** One-hot labels: per example for 3 classes, per example and step for a sequence output (classes 0). */
    private static INDArray labels(int classes) {
        if (classes == 0) {
            INDArray labels = Nd4j.zeros(DataType.FLOAT, 8, 2, 7);
            for (int r = 0; r < 8; r++) {
                for (int t = 0; t < 7; t++) {
                    labels.putScalar(new long[] {r, (r + t) % 2, t}, 1);
                }
            }
            return labels;
        }
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 8, classes);
        for (int r = 0; r < 8; r++) {
            labels.putScalar(r, r % classes, 1);
        }
        return labels;
    }
}

package dev.deepcanvas.graph.dl4j.layerstats;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.dl4j.DataParallelFit;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

@ExtendWith(NativeBackendConfigured.class)
class LayerStatsProbeTest {

    private static final double LEARNING_RATE = 0.05;

    /**
     * With plain SGD the update is the learning rate times the mean gradient, so every figure can be computed by
     * hand from a twin network: its gradient from {@code computeGradientAndScore}, its parameters element by element.
     */
    @Test
    void figuresMatchAHandComputationOnATinyNetwork() {
        ComputationGraph net = network(new Sgd(LEARNING_RATE), false);
        ComputationGraph twin = new ComputationGraph(net.getConfiguration().clone());
        twin.init(net.params().dup(), true);
        MultiDataSet batch = batch(8, 1);

        twin.setInputs(batch.getFeatures());
        twin.setLabels(batch.getLabels());
        twin.computeGradientAndScore();
        Map<String, INDArray> twinGradient = twin.gradient().gradientForVariable();
        double hiddenGradient = Math.sqrt(square(twinGradient.get("hidden_W")) + square(twinGradient.get("hidden_b")))
                / 8;
        double hiddenNormBefore = Math.sqrt(square(net.getLayer("hidden").params()));

        List<LayerStatistics> statistics;
        try (LayerStatsProbe probe = LayerStatsProbe.attach(net)) {
            probe.arm();
            net.fit(batch);
            statistics = probe.collect();
        }

        assertThat(statistics).extracting(LayerStatistics::layer).containsExactly("hidden", "out");
        LayerStatistics hidden = statistics.get(0);
        double[] after = net.getLayer("hidden").params().dup().data().asDouble();
        double mean = 0;
        for (double v : after) {
            mean += v;
        }
        mean /= after.length;
        double variance = 0;
        for (double v : after) {
            variance += (v - mean) * (v - mean);
        }
        variance /= after.length;
        assertThat(hidden.parameters()).isEqualTo(4 * 5 + 5);
        assertThat(hidden.mean()).isCloseTo(mean, offset(1e-6));
        assertThat(hidden.std()).isCloseTo(Math.sqrt(variance), offset(1e-6));
        assertThat(hidden.gradientNorm()).isCloseTo(hiddenGradient, offset(1e-6 * hiddenGradient));
        assertThat(hidden.parameterNorm()).isCloseTo(hiddenNormBefore, offset(1e-6 * hiddenNormBefore));
        assertThat(hidden.updateNorm()).isCloseTo(LEARNING_RATE * hiddenGradient, offset(1e-4 * hiddenGradient));
        assertThat(hidden.updateRatio()).isCloseTo(LEARNING_RATE * hiddenGradient / hiddenNormBefore,
                offset(1e-4 * hidden.updateRatio()));
    }

    /** Steps taken with the probe armed leave the very parameters of steps without it, bit for bit. */
    @Test
    void armedStepsTrainBitForBitAsPlainFit() {
        ComputationGraph plain = network(new Adam(0.01), true);
        ComputationGraph probed = new ComputationGraph(plain.getConfiguration().clone());
        probed.init(plain.params().dup(), true);
        try (LayerStatsProbe probe = LayerStatsProbe.attach(probed)) {
            for (int step = 0; step < 6; step++) {
                MultiDataSet batch = batch(10, step);
                plain.fit(batch);
                probe.arm();
                probed.fit(batch);
                assertThat(probe.collect()).hasSize(3);
                assertThat(probed.score()).isEqualTo(plain.score());
            }
        }
        assertThat(probed.params().equals(plain.params())).as("parameters identical").isTrue();
        assertThat(probed.params().sub(plain.params()).amaxNumber().doubleValue()).isZero();
    }

    /**
     * Under the data-parallel fit the probe sees the whole batch's gradient (the parts' gradients are added before it
     * reads them) and still changes nothing.
     */
    @Test
    void dataParallelStepsSeeTheWholeBatchAndTrainAsWithoutTheProbe() {
        ComputationGraph plain = network(new Sgd(LEARNING_RATE), false);
        ComputationGraph probed = new ComputationGraph(plain.getConfiguration().clone());
        probed.init(plain.params().dup(), true);
        ComputationGraph whole = new ComputationGraph(plain.getConfiguration().clone());
        whole.init(plain.params().dup(), true);
        MultiDataSet batch = batch(16, 3);
        whole.setInputs(batch.getFeatures());
        whole.setLabels(batch.getLabels());
        whole.computeGradientAndScore();
        double outGradient = Math.sqrt(square(whole.gradient().gradientForVariable().get("out_W"))
                + square(whole.gradient().gradientForVariable().get("out_b"))) / 16;

        List<LayerStatistics> statistics;
        try (DataParallelFit plainFit = new DataParallelFit(plain, 2);
             DataParallelFit probedFit = new DataParallelFit(probed, 2);
             LayerStatsProbe probe = LayerStatsProbe.attach(probed)) {
            plainFit.fit(batch);
            probe.arm();
            probedFit.fit(batch);
            statistics = probe.collect();
        }
        assertThat(probed.params().equals(plain.params())).as("parameters identical").isTrue();
        assertThat(statistics.get(1).gradientNorm()).isCloseTo(outGradient, offset(1e-5 * outGradient));
    }

    @Test
    void anUnarmedStepIsNotMeasuredAndCollectingWithoutArmingIsRefused() {
        ComputationGraph net = network(new Sgd(LEARNING_RATE), false);
        try (LayerStatsProbe probe = LayerStatsProbe.attach(net)) {
            net.fit(batch(4, 0));
            assertThat(probe.armed()).isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(probe::collect)
                    .isInstanceOf(IllegalStateException.class);
            probe.arm();
            assertThat(probe.collect()).as("armed, but no step taken").isEmpty();
        }
        assertThat(net.getListeners()).isEmpty();
    }

    @Test
    void theProbeListensOnlyFromArmingToCollecting() {
        ComputationGraph net = network(new Sgd(LEARNING_RATE), false);
        try (LayerStatsProbe probe = LayerStatsProbe.attach(net)) {
            assertThat(net.getListeners()).as("attached, not armed").isEmpty();
            probe.arm();
            assertThat(net.getListeners()).as("armed").hasSize(1);
            net.fit(batch(4, 0));
            assertThat(probe.collect()).isNotEmpty();
            assertThat(net.getListeners()).as("collected").isEmpty();
            probe.arm();
        }
        assertThat(net.getListeners()).as("closed while armed").isEmpty();
    }

    private static double square(INDArray array) {
        double sum = 0;
        for (double v : array.dup().data().asDouble()) {
            sum += v * v;
        }
        return sum;
    }

    private static ComputationGraph network(IUpdater updater, boolean batchNormalised) {
        var builder = new NeuralNetConfiguration.Builder().seed(7).dataType(DataType.FLOAT).updater(updater)
                .graphBuilder().addInputs("in").setInputTypes(InputType.feedForward(4))
                .addLayer("hidden", new DenseLayer.Builder().nOut(5).activation(Activation.TANH).build(), "in");
        String last = "hidden";
        if (batchNormalised) {
            builder.addLayer("norm", new BatchNormalization.Builder().build(), "hidden");
            last = "norm";
        }
        ComputationGraphConfiguration conf = builder.addLayer("out", new OutputLayer.Builder(
                LossFunctions.LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX).build(), last)
                .setOutputs("out").build();
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        return net;
    }

    private static MultiDataSet batch(int rows, long seed) {
        Nd4j.getRandom().setSeed(100 + seed);
        INDArray features = Nd4j.rand(DataType.FLOAT, rows, 4).subi(0.5);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, rows, 3);
        for (int r = 0; r < rows; r++) {
            labels.putScalar(r, (int) ((r + seed) % 3), 1);
        }
        return new MultiDataSet(features, labels);
    }
}

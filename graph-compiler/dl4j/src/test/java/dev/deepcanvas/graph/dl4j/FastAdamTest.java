package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.testing.Samples;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link FastAdam} updates as DL4J's Adam does, on its own and inside training. */
@ExtendWith(NativeBackendConfigured.class)
class FastAdamTest {

    @Test
    void eachStepMatchesDl4jsAdamOpOnViewsOfOneStateArray() {
        for (double beta1 : new double[] {0.9, 0.5}) {
            Adam config = new Adam(0.01, beta1, 0.999, 1e-8);
            int n = 2 * FastAdam.Updater.CHUNK + 1_003; // two whole chunks and part of a third
            // state and gradients as DL4J lays them out: views at offsets of larger arrays
            INDArray dl4jState = Nd4j.zeros(DataType.FLOAT, 1, 2 * n);
            INDArray fastState = Nd4j.zeros(DataType.FLOAT, 1, 2 * n);
            AdamUpdater dl4j = new AdamUpdater(config);
            dl4j.setStateViewArray(dl4jState, new long[] {1, n}, 'c', true);
            FastAdam.Updater fast = new FastAdam.Updater(config);
            fast.setStateViewArray(fastState, new long[] {1, n}, 'c', true);
            INDArray allGradients = Nd4j.zeros(DataType.FLOAT, 1, n + 7);
            INDArray fastGradients = Nd4j.zeros(DataType.FLOAT, 1, n + 7);
            for (int iteration = 0; iteration < 40; iteration++) {
                INDArray g = Nd4j.randn(DataType.FLOAT, 1, n).muli(iteration % 3 == 0 ? 1e-3 : 1.0);
                INDArray dl4jGradient = allGradients.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                        org.nd4j.linalg.indexing.NDArrayIndex.interval(7, n + 7)).assign(g);
                INDArray fastGradient = fastGradients.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                        org.nd4j.linalg.indexing.NDArrayIndex.interval(7, n + 7)).assign(g);
                dl4j.applyUpdater(dl4jGradient, iteration, 0);
                fast.applyUpdater(fastGradient, iteration, 0);
                assertThat(relative(fastGradient, dl4jGradient)).as("update at iteration %d, β1 %s", iteration, beta1)
                        .isLessThan(1e-6);
                assertThat(relative(fastState, dl4jState)).as("moments at iteration %d", iteration).isLessThan(1e-6);
            }
            // the elements around the views are untouched, and the updater computed every step itself
            assertThat(fastGradients.getFloat(0, 6)).isZero();
            assertThat(fast.stepsInJava).isEqualTo(40);
        }
    }

    @Test
    void aNetworkTrainsAsWithDl4jsAdamAndKeepsItsMomentsInDl4jsState() throws Exception {
        ComputationGraph plain = network();
        ComputationGraph fast = network();
        fast.setParams(plain.params().dup());
        assertThat(FastAdam.install(fast)).isPositive();
        assertThat(fast.getUpdater().getUpdaterBlocks()).extracting(UpdaterBlock::getGradientUpdater)
                .allSatisfy(u -> assertThat(u).isInstanceOf(FastAdam.Updater.class));
        for (int step = 0; step < 10; step++) {
            // not seed 0, which ND4J does not honour (NativeSeed): the first batch was different on every run, and
            // about one run in three ended above the tolerance
            Nd4j.getRandom().setSeed(step + 1);
            INDArray features = Nd4j.rand(DataType.FLOAT, 8, 1, 28, 28);
            INDArray labels = Nd4j.zeros(DataType.FLOAT, 8, 10);
            for (int i = 0; i < 8; i++) {
                labels.putScalar(i, i % 10, 1);
            }
            plain.fit(new INDArray[] {features.dup()}, new INDArray[] {labels.dup()});
            fast.fit(new INDArray[] {features.dup()}, new INDArray[] {labels.dup()});
        }
        assertThat(fast.getUpdater().getUpdaterBlocks()).extracting(UpdaterBlock::getGradientUpdater)
                .allSatisfy(u -> assertThat(((FastAdam.Updater) u).stepsInJava).isEqualTo(10));
        assertThat(relative(fast.params(), plain.params())).as("parameters after 10 steps").isLessThan(1e-5);
        assertThat(relative(fast.getUpdater().getStateViewArray(), plain.getUpdater().getStateViewArray()))
                .as("Adam's moments in DL4J's updater state").isLessThan(1e-5);
    }

    @Test
    void aNetworkWithAnAttentionVertexTrainsDataParallelAfterPrepare() throws Exception {
        // the replicas once built an updater at prepare time, which DL4J cannot before an attention vertex's first pass
        ComputationGraph net = new ComputationGraph(new GraphCompiler().compile(Samples.all().get("seq2seq-attention"))
                .configuration());
        net.init();
        FastTraining.prepare(net);
        INDArray source = Nd4j.rand(DataType.FLOAT, 8, 4, 5);
        INDArray target = Nd4j.rand(DataType.FLOAT, 8, 3, 4);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 8, 3, 4);
        labels.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(0),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).assign(1);
        try (NetworkFit fit = TrainingThreads.everyCore(net, 2)) {
            assertThat(fit.describe()).contains("data-parallel");
            for (int step = 0; step < 3; step++) {
                fit.fit(new org.nd4j.linalg.dataset.MultiDataSet(new INDArray[] {source, target},
                        new INDArray[] {labels}));
            }
        }
        assertThat(Double.isFinite(net.score())).isTrue();
    }

    private static ComputationGraph network() throws Exception {
        Nd4j.getRandom().setSeed(3);
        ComputationGraph net = new ComputationGraph(new GraphCompiler().compile(Samples.lenet()).configuration());
        net.init();
        return net;
    }

    private static double relative(INDArray actual, INDArray expected) {
        double scale = Math.max(expected.norm2Number().doubleValue(), 1e-12);
        return actual.sub(expected).norm2Number().doubleValue() / scale;
    }
}

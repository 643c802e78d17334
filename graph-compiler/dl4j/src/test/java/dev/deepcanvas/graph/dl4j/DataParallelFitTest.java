package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
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

import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

/**
 * Data-parallel training takes the single-thread path's steps: both networks start from the same parameters and
 * train on the same batches, one with {@code fit}, one with {@link DataParallelFit}; after every step their scores,
 * and after the last their parameters, agree. Not bit for bit: the parts' gradients are added in another order than
 * one product over the whole batch adds them, which changes the last bits of single-precision sums (relative
 * differences around 1e-7 per step); Adam carries such differences on, so the bound after ten steps is 1e-5.
 */
@ExtendWith(NativeBackendConfigured.class)
class DataParallelFitTest {

    private static final double PARAMETER_BOUND = 1e-5;

    @Test
    void denseNetworkTrainsAsWithFitOnTwoAndThreeWorkers() {
        for (int workers : new int[] {2, 3}) {
            assertSameTraining(dense(), workers, rows -> new MultiDataSet(random(rows, 10), oneHot(rows, 3)), 24);
        }
    }

    @Test
    void aNetworkLargeEnoughForSlicesSharesItsUpdateAmongTheWorkersAndTrainsAsWithFit() {
        for (int workers : new int[] {2, 3}) {
            ComputationGraph parallel = assertSameTraining(wide(), workers,
                    rows -> new MultiDataSet(random(rows, 64), oneHot(rows, 3)), 16);
            assertThat(parallel.numParams()).isGreaterThan(2L * ParameterSlices.MIN_SLICE);
            FastAdam.Updater adam = (FastAdam.Updater) parallel.getUpdater().getUpdaterBlocks().get(0)
                    .getGradientUpdater();
            assertThat(adam.stepsInSlices).as("Adam ran in slices on every step").isEqualTo(10);
        }
    }

    @Test
    void oddBatchesSplitUnevenlyAndTinyBatchesStayWhole() {
        assertSameTraining(dense(), 2, rows -> new MultiDataSet(random(rows, 10), oneHot(rows, 3)), 13);
        assertSameTraining(dense(), 3, rows -> new MultiDataSet(random(rows, 10), oneHot(rows, 3)), 5);
    }

    @Test
    void convolutionalNetworkTrainsAsWithFit() {
        assertSameTraining(convolutional(), 2, rows -> new MultiDataSet(random(rows, 1, 10, 10),
                oneHot(rows, 3)), 16);
    }

    @Test
    void recurrentNetworkWithTheFusedLstmAndMasksTrainsAsWithFit() {
        assertSameTraining(recurrent(), 2, rows -> {
            INDArray mask = Nd4j.ones(DataType.FLOAT, rows, 6);
            for (int r = 0; r < rows; r += 3) {
                mask.putScalar(r, 5, 0);
                mask.putScalar(r, 4, 0);
            }
            INDArray labels = Nd4j.zeros(DataType.FLOAT, rows, 2, 6);
            for (int r = 0; r < rows; r++) {
                for (int t = 0; t < 6; t++) {
                    labels.putScalar(new long[] {r, (r + t) % 2, t}, 1);
                }
            }
            return new MultiDataSet(new INDArray[] {random(rows, 4, 6)}, new INDArray[] {labels},
                    new INDArray[] {mask}, new INDArray[] {mask.dup()});
        }, 12);
    }

    @Test
    void networkWithTwoInputsAndTwoOutputsTrainsAsWithFit() {
        assertSameTraining(twoInputsTwoOutputs(), 2, rows -> new MultiDataSet(
                new INDArray[] {random(rows, 5), random(rows, 3, 4)},
                new INDArray[] {oneHot(rows, 3), oneHot(rows, 2)}), 10);
    }

    @Test
    void networksWhoseExamplesMeetOrThatDrawRandomNumbersAreRefusedWithTheReason() {
        ComputationGraph normalised = init(new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
                .graphBuilder().addInputs("in").setInputTypes(InputType.feedForward(4))
                .addLayer("bn", new BatchNormalization.Builder().build(), "in")
                .addLayer("out", output(2), "bn").setOutputs("out").build());
        assertThat(DataParallelism.obstacle(normalised)).hasValueSatisfying(reason ->
                assertThat(reason).contains("'bn'").contains("statistics of the whole batch"));
        assertThatThrownBy(() -> new DataParallelFit(normalised, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'bn'");

        ComputationGraph dropout = init(new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
                .graphBuilder().addInputs("in").setInputTypes(InputType.feedForward(4))
                .addLayer("d", new DenseLayer.Builder().nOut(3).dropOut(0.5).build(), "in")
                .addLayer("out", output(2), "d").setOutputs("out").build());
        assertThat(DataParallelism.obstacle(dropout)).hasValueSatisfying(reason ->
                assertThat(reason).contains("'d'").contains("random"));
        assertThat(DataParallelism.obstacle(init(dense()))).isEmpty();
    }

    /** Trains twins on the same batches, one with fit and one data-parallel, and compares them after every step. */
    private static ComputationGraph assertSameTraining(ComputationGraphConfiguration conf, int workers,
                                                       IntFunction<MultiDataSet> batches, int rows) {
        Twins twins = Twins.of(conf, FastTraining::prepare);
        ComputationGraph single = FastTraining.prepare(twins.plain());
        ComputationGraph parallel = twins.changed();
        try (DataParallelFit fit = new DataParallelFit(parallel, workers)) {
            for (int step = 0; step < 10; step++) {
                Nd4j.getRandom().setSeed(100 + step);
                MultiDataSet batch = batches.apply(rows);
                single.fit(batch);
                fit.fit(batch);
                assertThat(parallel.score()).as(workers + " workers, step " + step)
                        .isCloseTo(single.score(), offset(1e-5 * Math.max(1, Math.abs(single.score()))));
            }
        }
        assertThat(Twins.relativeDifference(parallel.params(), single.params())).as(workers + " workers")
                .isLessThan(PARAMETER_BOUND);
        assertThat(parallel.getIterationCount()).isEqualTo(single.getIterationCount());
        return parallel;
    }

    private static ComputationGraph init(ComputationGraphConfiguration conf) {
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        return net;
    }

    private static NeuralNetConfiguration.Builder base() {
        return new NeuralNetConfiguration.Builder().seed(7).dataType(DataType.FLOAT).updater(new Adam(1e-2));
    }

    private static ComputationGraphConfiguration dense() {
        return base().graphBuilder().addInputs("in").setInputTypes(InputType.feedForward(10))
                .addLayer("d1", new DenseLayer.Builder().nOut(16).activation(Activation.RELU).build(), "in")
                .addLayer("d2", new DenseLayer.Builder().nOut(8).activation(Activation.TANH).build(), "d1")
                .addLayer("out", output(3), "d2").setOutputs("out").build();
    }

    /** Over 32,768 parameters in one Adam block: enough for two slices of the update. */
    private static ComputationGraphConfiguration wide() {
        return base().graphBuilder().addInputs("in").setInputTypes(InputType.feedForward(64))
                .addLayer("d1", new DenseLayer.Builder().nOut(512).activation(Activation.RELU).build(), "in")
                .addLayer("out", output(3), "d1").setOutputs("out").build();
    }

    private static ComputationGraphConfiguration convolutional() {
        return base().graphBuilder().addInputs("in").setInputTypes(InputType.convolutional(10, 10, 1))
                .addLayer("c1", new ConvolutionLayer.Builder(3, 3).nOut(4).activation(Activation.RELU).build(), "in")
                .addLayer("p1", new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
                        .stride(2, 2).build(), "c1")
                .addLayer("c2", new ConvolutionLayer.Builder(2, 2).nOut(5).activation(Activation.RELU).build(), "p1")
                .addLayer("out", output(3), "c2").setOutputs("out").build();
    }

    private static ComputationGraphConfiguration recurrent() {
        return base().graphBuilder().addInputs("in").setInputTypes(InputType.recurrent(4, 6))
                .addLayer("lstm", new LSTM.Builder().nOut(7).activation(Activation.TANH).build(), "in")
                .addLayer("out", new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(2)
                        .activation(Activation.SOFTMAX).build(), "lstm").setOutputs("out").build();
    }

    private static ComputationGraphConfiguration twoInputsTwoOutputs() {
        return base().graphBuilder().addInputs("a", "b")
                .setInputTypes(InputType.feedForward(5), InputType.recurrent(3, 4))
                .addLayer("last", new LastTimeStep(new LSTM.Builder().nOut(6).activation(Activation.TANH).build()),
                        "b")
                .addVertex("both", new MergeVertex(), "a", "last")
                .addLayer("d", new DenseLayer.Builder().nOut(8).activation(Activation.RELU).build(), "both")
                .addLayer("out1", output(3), "d")
                .addLayer("out2", output(2), "d")
                .setOutputs("out1", "out2").build();
    }

    private static OutputLayer output(int classes) {
        return new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                .activation(Activation.SOFTMAX).build();
    }

    private static INDArray random(long... shape) {
        return Nd4j.rand(DataType.FLOAT, shape).subi(0.5);
    }

    private static INDArray oneHot(int rows, int classes) {
        INDArray labels = Nd4j.zeros(DataType.FLOAT, rows, classes);
        for (int r = 0; r < rows; r++) {
            labels.putScalar(r, (r * 7 + 3) % classes, 1);
        }
        return labels;
    }
}

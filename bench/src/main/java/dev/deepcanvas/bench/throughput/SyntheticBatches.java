package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.backend.dataset.TensorSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

/**
 * Random inputs in [0, 1) and random one-hot labels, like the PyTorch reference's {@code torch.rand} and
 * {@code torch.randint}: speed does not depend on what the numbers mean, and nothing has to be read from disk.
 */
final class SyntheticBatches {

    private SyntheticBatches() {
    }

    static DataSet batch(BenchModel model, int samples, long seed) {
        Nd4j.getRandom().setSeed(seed);
        long[] shape = TensorSpec.of("features", model.input()).arrayShape(samples);
        INDArray features = Nd4j.rand(DataType.FLOAT, shape);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, samples, model.classes());
        Random random = new Random(seed);
        for (int i = 0; i < samples; i++) {
            labels.putScalar(i, random.nextInt(model.classes()), 1f);
        }
        return new DataSet(features, labels);
    }

    /**
     * Frees a batch's native memory now. The bench makes one array of every minibatch of a measurement (hundreds of
     * megabytes for the MLP's long windows); left to the garbage collector, which sees only a small Java object
     * and may not run for minutes, every measurement's arrays would pile up in native memory round after round.
     */
    static void release(DataSet batch) {
        batch.getFeatures().close();
        batch.getLabels().close();
    }
}

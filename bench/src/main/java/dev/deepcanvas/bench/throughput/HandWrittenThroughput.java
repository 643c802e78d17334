package dev.deepcanvas.bench.throughput;

import org.deeplearning4j.nn.api.NeuralNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Times the hand-written DL4J network in the plainest training loop: {@code fit} over a list of minibatches, a
 * different one each step (as DeepCanvas and any real training sees them, so that both read fresh data from memory
 * and the difference is what DeepCanvas's machinery costs).
 */
final class HandWrittenThroughput {

    private HandWrittenThroughput() {
    }

    /** Median samples per second over the repetitions. */
    static double measure(BenchModel model, Repetitions reps) {
        NeuralNetwork net = HandWrittenNetworks.of(model);
        List<DataSet> batches = batches(model, reps.totalSteps());
        int step = 0;
        for (int i = 0; i < reps.warmUp(); i++) {
            net.fit(batches.get(step++));
        }
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < reps.reps(); r++) {
            long start = System.nanoTime();
            for (int i = 0; i < reps.iterations(); i++) {
                net.fit(batches.get(step++));
            }
            rates.add(reps.iterations() * (double) model.batch() / ((System.nanoTime() - start) / 1e9));
        }
        return Repetitions.median(rates);
    }

    /** Consecutive slices of one random array: contiguous, like the copies DeepCanvas gathers. */
    private static List<DataSet> batches(BenchModel model, int count) {
        DataSet all = SyntheticBatches.batch(model, model.batch() * count, 1);
        List<DataSet> batches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long from = (long) i * model.batch();
            batches.add(new DataSet(all.getFeatures().get(NDArrayIndex.interval(from, from + model.batch())),
                    all.getLabels().get(NDArrayIndex.interval(from, from + model.batch()))));
        }
        return batches;
    }
}

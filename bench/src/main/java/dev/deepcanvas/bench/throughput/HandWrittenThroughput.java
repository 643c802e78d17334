package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.graph.dl4j.NativeBackend;
import org.deeplearning4j.nn.api.NeuralNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the hand-written DL4J network in the plainest training loop: {@code fit} over a list of minibatches, a
 * different one each step (as DeepCanvas and any real training sees them, so that both read fresh data from memory),
 * on the calling thread with DL4J's own threading: OpenMP and OpenBLAS on every core, as a DL4J user gets them.
 */
final class HandWrittenThroughput {

    private HandWrittenThroughput() {
    }

    /** Median samples per second over the repetitions. */
    static double measure(BenchModel model, Repetitions reps) {
        NativeBackend.limitThreadsOfCallingThread(Runtime.getRuntime().availableProcessors());
        NeuralNetwork net = HandWrittenNetworks.of(model);
        List<DataSet> batches = batches(model, reps.totalSteps());
        int step = 0;
        // DL4J's SameDiff prints a line for every op it differentiates while the hand-written GRU builds its gradient
        // graph in the first step; the bench's tables go to the same stream
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            for (int i = 0; i < reps.warmUp(); i++) {
                net.fit(batches.get(step++));
            }
        } finally {
            System.setOut(out);
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

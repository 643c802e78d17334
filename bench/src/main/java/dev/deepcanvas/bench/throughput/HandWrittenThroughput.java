package dev.deepcanvas.bench.throughput;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;

import java.util.ArrayList;
import java.util.List;

/** Times the hand-written DL4J network the way the PyTorch reference times its model: fit one fixed batch. */
final class HandWrittenThroughput {

    private HandWrittenThroughput() {
    }

    /** Median samples per second over the repetitions. */
    static double measure(BenchModel model, Repetitions reps) {
        MultiLayerNetwork net = HandWrittenNetworks.of(model);
        DataSet batch = SyntheticBatches.batch(model, model.batch(), 1);
        for (int i = 0; i < reps.warmUp(); i++) {
            net.fit(batch);
        }
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < reps.reps(); r++) {
            long start = System.nanoTime();
            for (int i = 0; i < reps.iterations(); i++) {
                net.fit(batch);
            }
            rates.add(reps.iterations() * (double) model.batch() / ((System.nanoTime() - start) / 1e9));
        }
        return Repetitions.median(rates);
    }
}

package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.dl4j.FastTraining;
import dev.deepcanvas.graph.dl4j.NetworkFit;
import dev.deepcanvas.graph.dl4j.TrainingThreads;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * DeepCanvas's training step without the training service around it: the network the compiler builds from the
 * bench document, prepared as the training job prepares it ({@link FastTraining}), stepped the way the job steps it
 * with a given number of cores ({@link TrainingThreads}). With one core this is the per-core figure of the table;
 * the service's own cost is what a/b measures (nothing measurable in round one).
 */
final class DirectThroughput {

    private DirectThroughput() {
    }

    /** Median samples per second over the repetitions, on {@code threads} cores. */
    static double measure(BenchModel model, Repetitions reps, int threads) throws Exception {
        Nd4j.getRandom().setSeed(42);
        ComputationGraph net = new ComputationGraph(new GraphCompiler().compile(model.document()).configuration());
        net.init();
        FastTraining.prepare(net);
        List<MultiDataSet> batches = batches(model, reps.totalSteps());
        try (NetworkFit fit = TrainingThreads.of(net, threads)) {
            int step = 0;
            for (int i = 0; i < reps.warmUp(); i++) {
                fit.fit(batches.get(step++));
            }
            List<Double> rates = new ArrayList<>();
            for (int r = 0; r < reps.reps(); r++) {
                long start = System.nanoTime();
                for (int i = 0; i < reps.iterations(); i++) {
                    fit.fit(batches.get(step++));
                }
                rates.add(reps.iterations() * (double) model.batch() / ((System.nanoTime() - start) / 1e9));
            }
            return Repetitions.median(rates);
        }
    }

    private static List<MultiDataSet> batches(BenchModel model, int count) {
        DataSet all = SyntheticBatches.batch(model, model.batch() * count, 1);
        List<MultiDataSet> batches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            var rows = NDArrayIndex.interval((long) i * model.batch(), (long) (i + 1) * model.batch());
            batches.add(new MultiDataSet(all.getFeatures().get(rows), all.getLabels().get(rows)));
        }
        return batches;
    }
}

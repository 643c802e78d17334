package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.util.Optional;

/**
 * How a training run spends its share of the cores ({@link CoreBudget}), chosen per network from what was measured
 * (docs/performance.md, "Every core"):
 * <ul>
 *   <li><b>Data-parallel parts</b> ({@link DataParallelFit}), one native thread each, wherever the network allows it
 *       ({@link DataParallelism}): the parts synchronise once per step, so a descheduled thread costs little, and every
 *       operation keeps its single-thread speed.</li>
 *   <li>Otherwise <b>threads inside each operation</b> (OpenMP in libnd4j and oneDNN): the only way to put a batch
 *       normalised network on several cores with the single-thread path's maths. Every operation then ends with its
 *       threads waiting for each other, which pays only for large operations and suffers when another process wants
 *       the cores.</li>
 * </ul>
 * The system property {@value #DATA_PARALLEL} set to {@code false} turns the first off (every network then uses
 * threads inside operations).
 */
public final class TrainingThreads {

    /** Set to "false" to train every network with threads inside operations instead of data-parallel parts. */
    public static final String DATA_PARALLEL = "deepcanvas.data-parallel";

    private TrainingThreads() {
    }

    /** The calling thread's way of training this network with the native threads granted to it. */
    public static NetworkFit of(ComputationGraph network) {
        return of(network, NativeBackend.threadsOfCallingThread());
    }

    /** The way of training this network with {@code threads} cores; sets the calling thread's native threads. */
    public static NetworkFit of(ComputationGraph network, int threads) {
        Optional<String> obstacle = threads < 2 ? Optional.of("one core")
                : !Boolean.parseBoolean(System.getProperty(DATA_PARALLEL, "true"))
                ? Optional.of(DATA_PARALLEL + "=false") : DataParallelism.obstacle(network);
        if (obstacle.isEmpty()) {
            DataParallelFit parallel = new DataParallelFit(network, threads);
            return new Fit(parallel::fit, 1, threads + " data-parallel parts, 1 native thread each",
                    parallel::close);
        }
        return new Fit(network::fit, threads, threads + " native thread" + (threads == 1 ? "" : "s inside operations ("
                + obstacle.get() + ")"), () -> { });
    }

    /** A step and the native threads the calling thread uses for it (set before every step: a job may hold two). */
    private record Fit(java.util.function.Consumer<MultiDataSet> step, int nativeThreads, String describe,
                       Runnable release) implements NetworkFit {

        @Override
        public void fit(MultiDataSet batch) {
            NativeBackend.useNativeThreads(nativeThreads);
            step.accept(batch);
        }

        @Override
        public void close() {
            release.run();
        }
    }
}

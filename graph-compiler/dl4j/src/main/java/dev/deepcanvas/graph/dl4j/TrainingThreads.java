package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.util.Optional;

/**
 * How a training run spends its share of the cores ({@link CoreBudget}). With two or more cores there are two ways:
 * <ul>
 *   <li><b>one native thread</b>, as on a single core;</li>
 *   <li><b>every core</b>: data-parallel parts ({@link DataParallelFit}), one native thread each, wherever the
 *       network allows it ({@link DataParallelism}); otherwise threads inside each operation (OpenMP in libnd4j and
 *       oneDNN), the only way to put a batch-normalised network on several cores with the single-thread path's
 *       maths.</li>
 * </ul>
 * Which is faster depends on the network and on the machine: on the two-core bench machine one thread beat two for
 * the MLP, the LSTM and the GAN steps, and lost for LeNet (docs/performance.md, "Measured, not guessed"). So a run
 * times both on its own first steps ({@link MeasuredFit}) and keeps the faster; networks that learn together (a GAN)
 * time them on whole rounds of their steps ({@link JointFits}). Both make the same update, so which
 * steps ran which way changes nothing but the order of floating-point additions.
 *
 * <p>Overrides: the system property {@value #MEASURE} set to {@code false} always uses every core, and
 * {@value #DATA_PARALLEL} set to {@code false} turns data-parallel parts off (every core then means threads inside
 * operations).
 */
public final class TrainingThreads {

    /** Set to "false" to train every network with threads inside operations instead of data-parallel parts. */
    public static final String DATA_PARALLEL = "deepcanvas.data-parallel";
    /** Set to "false" to use every core granted without timing one thread against it first. */
    public static final String MEASURE = "deepcanvas.measure-threads";
    /** The most steps a run spends timing its ways before it trains only the faster ({@link MeasuredFit}). */
    public static final int MAX_TRIAL_STEPS = WayTrial.MAX_TRIAL_STEPS;

    private TrainingThreads() {
    }

    /** The calling thread's way of training this network with the native threads granted to it. */
    public static NetworkFit of(ComputationGraph network) {
        return of(network, NativeBackend.threadsOfCallingThread());
    }

    /**
     * The way of training this network with {@code threads} cores: one thread on one core; with more, the faster of
     * one thread and {@link #everyCore} by measurement, unless {@value #MEASURE} is {@code false}.
     */
    public static NetworkFit of(ComputationGraph network, int threads) {
        if (threads < 2) {
            return oneThread(network);
        }
        NetworkFit every = everyCore(network, threads);
        if (!TrainingSwitches.isOn(MEASURE)) {
            return every;
        }
        return new MeasuredFit(oneThread(network), every);
    }

    /**
     * Ways of stepping networks that learn together, one step of each per round (a GAN's two networks), with the
     * native threads granted to the calling thread: they settle one way for all of them, timed on whole rounds.
     */
    public static JointFits jointly() {
        return jointly(NativeBackend.threadsOfCallingThread());
    }

    /** As {@link #jointly()} with {@code threads} cores. */
    public static JointFits jointly(int threads) {
        return new JointFits(threads, TrainingSwitches.isOn(MEASURE));
    }

    /** Every step on the calling thread with one native thread. */
    public static NetworkFit oneThread(ComputationGraph network) {
        return new Fit(network::fit, output -> TrainingOutputs.last(network, output), 1, "1 native thread",
                () -> { });
    }

    /**
     * Every step on {@code threads} cores (at least 2): data-parallel parts where the network allows them, threads
     * inside operations where not.
     */
    public static NetworkFit everyCore(ComputationGraph network, int threads) {
        Optional<String> obstacle = !TrainingSwitches.isOn(DATA_PARALLEL)
                ? Optional.of(DATA_PARALLEL + "=false") : DataParallelism.obstacle(network);
        if (obstacle.isEmpty()) {
            DataParallelFit parallel = new DataParallelFit(network, threads);
            return new Fit(parallel::fit, parallel::lastOutputs, 1,
                    threads + " data-parallel parts, 1 native thread each", parallel::close);
        }
        return new Fit(network::fit, output -> TrainingOutputs.last(network, output), threads,
                threads + " native threads inside operations (" + obstacle.get() + ")", () -> { });
    }

    /** A step and the native threads the calling thread uses for it (set before every step: a job may hold two). */
    private record Fit(java.util.function.Consumer<MultiDataSet> step,
                       java.util.function.Function<String, Optional<INDArray>> outputs, int nativeThreads,
                       String describe, Runnable release) implements NetworkFit {

        @Override
        public void fit(MultiDataSet batch) {
            NativeBackend.useNativeThreads(nativeThreads);
            step.accept(batch);
        }

        @Override
        public Optional<INDArray> lastOutputs(String output) {
            return outputs.apply(output);
        }

        @Override
        public void close() {
            release.run();
        }
    }
}

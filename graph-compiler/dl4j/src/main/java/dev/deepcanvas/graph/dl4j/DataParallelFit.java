package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.optimize.Solver;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.deeplearning4j.optimize.api.ConvexOptimizer;
import org.deeplearning4j.optimize.api.StepFunction;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.deeplearning4j.optimize.solvers.BaseOptimizer;
import org.deeplearning4j.optimize.stepfunctions.NegativeGradientStepFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One training step of a {@link ComputationGraph} on several cores: data parallelism inside each minibatch, with the
 * same update as {@code fit} on the whole batch.
 *
 * <p>The batch is cut into one contiguous part per worker. The network itself takes part 0 through DL4J's ordinary
 * {@code fit}; each other part runs at the same time on a replica that shares the network's parameter array (read
 * only during the pass) and has its own gradient array. When the network's gradient is ready, and before DL4J's
 * updater sees it (DL4J's {@code onGradientCalculation} hook), the replicas' gradients are added to it and the
 * batch size DL4J divides by becomes the whole batch's. DL4J's gradients are sums over the examples until the updater
 * divides them, so the update is the whole batch's update: only the order of the floating-point additions differs
 * (the tests compare it with plain {@code fit}). The score is the examples-weighted mean of the parts'.
 *
 * <p>Why not DL4J's {@code ParallelWrapper}: it either averages parameters of replicas that each took their own
 * steps, or shares threshold-compressed gradients; neither gives the single-thread path's update per step.
 *
 * <p>Only for networks whose examples do not affect each other and that draw no random numbers in training
 * ({@link DataParallelism#obstacle}); a batch smaller than {@link #MIN_ROWS_PER_PART} per part goes to plain
 * {@code fit}. Each worker thread limits its own native threads to one.
 *
 * <p>The update that follows the parts (adding their gradients, the updater, subtracting the update from the
 * parameters) is cut into {@link ParameterSlices} that the workers share, where the updater is {@link FastAdam} and the
 * step DL4J's plain gradient step: done by one thread it left the others idle for up to half of a small network's
 * step.
 */
public final class DataParallelFit implements AutoCloseable {

    /** Below this many examples per part, splitting costs more than it gains (and a batch of 1 cannot split). */
    static final int MIN_ROWS_PER_PART = 4;

    private final ComputationGraph network;
    private final List<ComputationGraph> replicas = new ArrayList<>();
    private final ExecutorService pool;
    private final GradientSum sum = new GradientSum();
    private final ParameterSlices slices;
    /** DL4J's step function where this fit put {@link SlicedGradientStep} in its place, to give back at close. */
    private StepFunction replacedStep;
    /** The networks that trained the last batch's parts, in row order: the network first. */
    private List<ComputationGraph> lastParts = List.of();

    private static final PrivateField<ComputationGraph, Solver> SOLVER =
            PrivateField.of(ComputationGraph.class, "solver", Solver.class);
    private static final PrivateField<BaseOptimizer, StepFunction> STEP_FUNCTION =
            PrivateField.of(BaseOptimizer.class, "stepFunction", StepFunction.class);

    /**
     * @param network the network to train, initialised and prepared ({@link FastTraining#prepare}); it gets a
     *                listener of this class
     * @param workers how many parts each batch is cut into, at least 2
     */
    public DataParallelFit(ComputationGraph network, int workers) {
        if (workers < 2) {
            throw new IllegalArgumentException("Data parallelism needs at least 2 workers, got " + workers);
        }
        DataParallelism.obstacle(network).ifPresent(reason -> {
            throw new IllegalArgumentException("This network cannot train data-parallel: " + reason);
        });
        this.network = network;
        for (int i = 1; i < workers; i++) {
            ComputationGraph replica = new ComputationGraph(network.getConfiguration().clone());
            replica.init(network.params(), false);
            replica.initGradientsView();
            FastTraining.prepareForGradients(replica);
            replicas.add(replica);
        }
        AtomicInteger number = new AtomicInteger();
        pool = Executors.newFixedThreadPool(workers - 1, task -> {
            Thread thread = new Thread(() -> {
                NativeBackend.useNativeThreads(1);
                task.run();
            }, Thread.currentThread().getName() + "-part-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        slices = new ParameterSlices(pool, workers);
        replaceStepFunction();
        List<TrainingListener> listeners = new ArrayList<>(network.getListeners());
        listeners.add(sum);
        network.setListeners(listeners);
    }

    public int workers() {
        return replicas.size() + 1;
    }

    /** One training step on the whole batch, as {@code network.fit(batch)}. */
    public void fit(MultiDataSet batch) {
        long rows = batch.getFeatures(0).size(0);
        int parts = (int) Math.min(workers(), rows / MIN_ROWS_PER_PART);
        lastParts = List.of(network);
        if (parts < 2) {
            network.fit(batch);
            return;
        }
        List<ComputationGraph> trained = new ArrayList<>(List.of(network));
        trained.addAll(replicas.subList(0, parts - 1));
        lastParts = trained;
        long[] bounds = new long[parts + 1];
        for (int p = 0; p <= parts; p++) {
            bounds[p] = rows * p / parts;
        }
        List<Future<Double>> pending = new ArrayList<>();
        try {
            for (int p = 1; p < parts; p++) {
                ComputationGraph replica = replicas.get(p - 1);
                MultiDataSet part = part(batch, bounds[p], bounds[p + 1]);
                pending.add(pool.submit(() -> gradientOf(replica, part)));
            }
            sum.expect(pending, bounds, batch.getLabels());
            MultiDataSet first = part(batch, bounds[0], bounds[1]);
            slices.during(() -> network.fit(first));
        } finally {
            sum.expect(null, null, null);
            // a part's failure is reported by GradientSum when the step used it; otherwise the step already
            // failed for its own reason
            Completion.awaitAll(pending);
        }
    }

    /** As {@link NetworkFit#lastOutputs}: every part's rows, in order. */
    public Optional<INDArray> lastOutputs(String output) {
        return TrainingOutputs.last(lastParts, output);
    }

    private static double gradientOf(ComputationGraph replica, MultiDataSet part) {
        replica.setInputs(part.getFeatures());
        replica.setLabels(part.getLabels());
        replica.setLayerMaskArrays(part.getFeaturesMaskArrays(), part.getLabelsMaskArrays());
        try {
            replica.computeGradientAndScore();
            return replica.score();
        } finally {
            replica.clearLayerMaskArrays();
            replica.clearLayersStates();
        }
    }

    /** Rows [from, to) of every array: views, contiguous for the row-major arrays batches are gathered into. */
    private static MultiDataSet part(MultiDataSet batch, long from, long to) {
        return new org.nd4j.linalg.dataset.MultiDataSet(rows(batch.getFeatures(), from, to),
                rows(batch.getLabels(), from, to), rows(batch.getFeaturesMaskArrays(), from, to),
                rows(batch.getLabelsMaskArrays(), from, to));
    }

    private static INDArray[] rows(INDArray[] arrays, long from, long to) {
        if (arrays == null) {
            return null;
        }
        INDArray[] parts = new INDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            parts[i] = arrays[i] == null ? null : arrays[i].get(NDArrayIndex.interval(from, to));
        }
        return parts;
    }

    /**
     * Puts {@link SlicedGradientStep} in the place of DL4J's plain gradient step, creating the network's solver as its
     * first {@code fit} would. Any other step function (another optimisation algorithm) stays.
     */
    private void replaceStepFunction() {
        if (SOLVER.get(network) == null) {
            SOLVER.set(network, new Solver.Builder().configure(network.conf()).listeners(network.getListeners())
                    .model(network).build());
        }
        ConvexOptimizer optimizer = network.getOptimizer();
        if (optimizer instanceof BaseOptimizer base
                && base.getStepFunction().getClass() == NegativeGradientStepFunction.class) {
            replacedStep = base.getStepFunction();
            STEP_FUNCTION.set(base, new SlicedGradientStep());
        }
    }

    @Override
    public void close() {
        if (replacedStep != null && network.getOptimizer() instanceof BaseOptimizer base) {
            STEP_FUNCTION.set(base, replacedStep);
        }
        pool.shutdownNow();
        List<TrainingListener> listeners = new ArrayList<>(network.getListeners());
        listeners.remove(sum);
        network.setListeners(listeners);
    }

    /**
     * Adds the replicas' gradients and scores to the network's once its own are computed and before DL4J's updater
     * divides them by the batch size, which it reads from the labels: set to the whole batch's here.
     */
    private final class GradientSum extends BaseTrainingListener {

        private List<Future<Double>> pending;
        private long[] bounds;
        private INDArray[] wholeLabels;

        void expect(List<Future<Double>> pending, long[] bounds, INDArray[] wholeLabels) {
            this.pending = pending;
            this.bounds = bounds;
            this.wholeLabels = wholeLabels;
        }

        @Override
        public void onGradientCalculation(Model model) {
            if (pending == null || model != network) {
                return;
            }
            long rows = bounds[bounds.length - 1];
            double weightedScore = network.score() * (bounds[1] - bounds[0]);
            INDArray gradient = network.getGradientsViewArray();
            for (int p = 1; p < bounds.length - 1; p++) {
                double score;
                try {
                    score = pending.get(p - 1).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for part " + p + " of a batch", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("Part " + p + " of a data-parallel batch failed: "
                            + e.getCause().getMessage(), e.getCause());
                }
                add(gradient, replicas.get(p - 1).getGradientsViewArray());
                weightedScore += score * (bounds[p + 1] - bounds[p]);
            }
            network.setScore(weightedScore / rows);
            network.setLabels(wholeLabels);
        }

        /** {@code sum += part}, in slices on the step's workers. */
        private void add(INDArray sum, INDArray part) {
            if (!ParameterSlices.sliceable(sum, part)) {
                sum.addi(part);
                return;
            }
            slices.forEach(sum.length(), (s, count, from, to) ->
                    ParameterSlices.range(sum, from, to).addi(ParameterSlices.range(part, from, to)));
        }
    }
}

package dev.deepcanvas.graph.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Trains with the faster of two ways of stepping, timed on the run's own first steps: one native thread, and every
 * core the run may use ({@link TrainingThreads#everyCore}).
 *
 * <p>Why measure: whether a second core pays depends on the network (how much of a step is large products, how much
 * is per-operation overhead and the update) and on the machine (on the bench machine, what else runs beside the
 * training thread: the JVM's garbage collector, ND4J's deallocator threads, the server). On the two-core bench machine
 * one thread beat two for some of the bench's models and lost for others, with no rule a reader could state in
 * advance (docs/performance.md, "Measured, not guessed").
 *
 * <p>How: the first {@link #WARM_UP_STEPS} steps alternate between the ways (each gets its code compiled and its
 * memory sized) and give the length of a step. Then come six timed blocks in the order one, every, every, one, one,
 * every (a drift in the machine's speed favours neither), each long enough to last about {@link #BLOCK_NANOS}, at
 * least {@link #MIN_BLOCK_STEPS} and at most {@link #MAX_BLOCK_STEPS} steps. The rate of a way is the median of its
 * three blocks' samples per second; every core is kept only if it is at least {@link #MARGIN} faster, since on a tie
 * one thread leaves a core to everything else on the machine. Every step of the trial trains: both ways make the same
 * update.
 */
final class MeasuredFit implements NetworkFit {

    static final int WARM_UP_STEPS = 10;
    static final long BLOCK_NANOS = 100_000_000L;
    static final int MIN_BLOCK_STEPS = 3;
    static final int MAX_BLOCK_STEPS = 25;
    static final double MARGIN = 1.05;
    /** The blocks in timing order: true for every core, false for one thread. */
    private static final boolean[] ORDER = {false, true, true, false, false, true};
    /** Between the chosen way and the figures it was chosen by, in {@link #describe()} once settled. */
    static final String SEPARATOR = " \u2014 ";
    /** The most steps a trial can take; after them a run always trains the chosen way. */
    static final int MAX_TRIAL_STEPS = WARM_UP_STEPS + ORDER.length * MAX_BLOCK_STEPS;

    private final NetworkFit one;
    private final NetworkFit every;
    private final double[] warmUpNanos = new double[WARM_UP_STEPS];
    private int step;
    private int blockSteps;
    private int block;
    private int stepsInBlock;
    private long rowsInBlock;
    private long nanosInBlock;
    private final List<Double> oneRates = new ArrayList<>();
    private final List<Double> everyRates = new ArrayList<>();
    private NetworkFit chosen;
    /** The way the last step went. */
    private NetworkFit last;
    /** The figures the choice was made by, once made. */
    private String reason;

    MeasuredFit(NetworkFit one, NetworkFit every) {
        this.one = one;
        this.every = every;
    }

    @Override
    public void fit(MultiDataSet batch) {
        if (chosen != null) {
            last = chosen;
            chosen.fit(batch);
            return;
        }
        boolean warmingUp = step < WARM_UP_STEPS;
        NetworkFit way = warmingUp ? (step % 2 == 0 ? one : every) : (ORDER[block] ? every : one);
        last = way;
        long start = System.nanoTime();
        way.fit(batch);
        long nanos = System.nanoTime() - start;
        if (warmingUp) {
            warmUpNanos[step++] = nanos;
            if (step == WARM_UP_STEPS) {
                blockSteps = blockSteps(warmUpNanos);
            }
            return;
        }
        step++;
        stepsInBlock++;
        rowsInBlock += batch.getFeatures(0).size(0);
        nanosInBlock += nanos;
        if (stepsInBlock == blockSteps) {
            double rate = rowsInBlock / (nanosInBlock / 1e9);
            (ORDER[block] ? everyRates : oneRates).add(rate);
            stepsInBlock = 0;
            rowsInBlock = 0;
            nanosInBlock = 0;
            if (++block == ORDER.length) {
                choose();
            }
        }
    }

    @Override
    public Optional<INDArray> lastOutputs(String output) {
        return last == null ? Optional.empty() : last.lastOutputs(output);
    }

    /** Steps per block: about {@link #BLOCK_NANOS} at the warm-up's median step, within the bounds. */
    static int blockSteps(double[] stepNanos) {
        double steps = Math.ceil(BLOCK_NANOS / Math.max(1, median(stepNanos)));
        return (int) Math.max(MIN_BLOCK_STEPS, Math.min(MAX_BLOCK_STEPS, steps));
    }

    private void choose() {
        double oneRate = median(oneRates);
        double everyRate = median(everyRates);
        boolean everyCore = everyCoreWins(oneRates, everyRates);
        reason = String.format(Locale.ROOT, "%,.0f samples/s on the run's first steps, against %,.0f/s with %s",
                everyCore ? everyRate : oneRate, everyCore ? oneRate : everyRate, (everyCore ? one : every).describe());
        chosen = everyCore ? every : one;
    }

    /** Whether the median rate with every core beats one thread's by {@link #MARGIN}. */
    static boolean everyCoreWins(List<Double> oneRates, List<Double> everyRates) {
        return median(everyRates) >= median(oneRates) * MARGIN;
    }

    /** The middle value (the upper one of an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Once settled, the chosen way and the figures it was chosen by. */
    @Override
    public String describe() {
        return chosen != null ? chosen.describe() + SEPARATOR + reason
                : "the faster of " + one.describe() + " and " + every.describe() + ", timed on the run's first steps";
    }

    @Override
    public String way() {
        return chosen != null ? chosen.way() : describe();
    }

    @Override
    public boolean settled() {
        return chosen != null;
    }

    @Override
    public void close() {
        try {
            one.close();
        } finally {
            every.close();
        }
    }
}

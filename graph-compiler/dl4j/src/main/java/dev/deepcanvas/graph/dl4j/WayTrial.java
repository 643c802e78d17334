package dev.deepcanvas.graph.dl4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times one native thread against every core on a run's first steps and settles on the faster: the schedule and the
 * choice that {@link MeasuredFit} (one network) and {@link JointFits} (networks stepped together) share.
 *
 * <p>The first {@link #WARM_UP_STEPS} steps alternate between the ways (each gets its code compiled and its memory
 * sized) and give the length of a step. Then come six timed blocks in the order one, every, every, one, one, every (a
 * drift in the machine's speed favours neither), each long enough to last about {@link #BLOCK_NANOS}, at least
 * {@link #MIN_BLOCK_STEPS} and at most {@link #MAX_BLOCK_STEPS} steps. The rate of a way is the median of its three
 * blocks' samples per second; every core is kept only if it is at least {@link #MARGIN} faster, since on a tie one
 * thread leaves a core to everything else on the machine.
 */
final class WayTrial {

    static final int WARM_UP_STEPS = 10;
    static final long BLOCK_NANOS = 100_000_000L;
    static final int MIN_BLOCK_STEPS = 3;
    static final int MAX_BLOCK_STEPS = 25;
    static final double MARGIN = 1.05;
    /** The blocks in timing order: true for every core, false for one thread. */
    private static final boolean[] ORDER = {false, true, true, false, false, true};
    /** The most steps a trial can take; after them a run always trains the chosen way. */
    static final int MAX_TRIAL_STEPS = WARM_UP_STEPS + ORDER.length * MAX_BLOCK_STEPS;

    private final double[] warmUpNanos = new double[WARM_UP_STEPS];
    private int step;
    private int blockSteps;
    private int block;
    private int stepsInBlock;
    private long rowsInBlock;
    private long nanosInBlock;
    private final List<Double> oneRates = new ArrayList<>();
    private final List<Double> everyRates = new ArrayList<>();
    /** Once settled: whether every core won. */
    private Boolean everyCore;

    /** The way the next timed step takes: true for every core. Only while not {@link #settled()}. */
    boolean nextIsEveryCore() {
        if (settled()) {
            throw new IllegalStateException("The trial is over: every step takes the chosen way");
        }
        return step < WARM_UP_STEPS ? step % 2 == 1 : ORDER[block];
    }

    /** Records the step just taken the way {@link #nextIsEveryCore()} said: its rows and how long it took. */
    void took(long rows, long nanos) {
        if (step < WARM_UP_STEPS) {
            warmUpNanos[step++] = nanos;
            if (step == WARM_UP_STEPS) {
                blockSteps = blockSteps(warmUpNanos);
            }
            return;
        }
        step++;
        stepsInBlock++;
        rowsInBlock += rows;
        nanosInBlock += nanos;
        if (stepsInBlock == blockSteps) {
            (ORDER[block] ? everyRates : oneRates).add(rowsInBlock / (nanosInBlock / 1e9));
            stepsInBlock = 0;
            rowsInBlock = 0;
            nanosInBlock = 0;
            if (++block == ORDER.length) {
                everyCore = everyCoreWins(oneRates, everyRates);
            }
        }
    }

    boolean settled() {
        return everyCore != null;
    }

    /** Once settled, whether every core won. */
    boolean everyCoreWon() {
        if (!settled()) {
            throw new IllegalStateException("The trial is still timing its ways");
        }
        return everyCore;
    }

    /** Once settled, the median rate of the way that won, in rows per second. */
    double chosenRate() {
        return median(everyCoreWon() ? everyRates : oneRates);
    }

    /** Once settled, the median rate of the way that lost, in rows per second. */
    double otherRate() {
        return median(everyCoreWon() ? oneRates : everyRates);
    }

    /** Steps per block: about {@link #BLOCK_NANOS} at the warm-up's median step, within the bounds. */
    static int blockSteps(double[] stepNanos) {
        double steps = Math.ceil(BLOCK_NANOS / Math.max(1, median(stepNanos)));
        return (int) Math.max(MIN_BLOCK_STEPS, Math.min(MAX_BLOCK_STEPS, steps));
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
}

package dev.deepcanvas.graph.dl4j;

import java.util.OptionalInt;

/**
 * How many cores one training run may use: every core when it trains alone, an even share when this process trains
 * several runs at once (never less than one). The user can fix the number per run with the system property
 * {@value NativeBackend#THREADS} or, failing that, {@code OMP_NUM_THREADS}.
 *
 * <p>Runs share the cores by count rather than by OpenMP's default (every run asks for every core): OpenMP's threads
 * wait for each other at the end of every operation, so when more threads want a core than there are cores, the
 * waiting dominates (round one measured LeNet 3.5× and an LSTM 30× slower, docs/performance.md, "Threads"). How a
 * run spends its share, data-parallel parts or threads inside each operation, is {@link TrainingThreads}'s choice.
 *
 * @param cores     the cores this process may use
 * @param runsAtOnce how many runs this process trains at the same time
 * @param override  threads per run fixed by the user, if any
 */
public record CoreBudget(int cores, int runsAtOnce, OptionalInt override) {

    public CoreBudget {
        if (cores < 1 || runsAtOnce < 1) {
            throw new IllegalArgumentException("cores and runs at once must be at least 1, got " + cores + " and "
                    + runsAtOnce);
        }
    }

    /** This machine's cores, the user's override from the system property or the environment, if any. */
    public static CoreBudget of(int runsAtOnce) {
        return new CoreBudget(Runtime.getRuntime().availableProcessors(), runsAtOnce, configured());
    }

    /** The threads each run uses: the override (at most the cores), else the cores divided among the runs. */
    public int threadsPerRun() {
        if (override.isPresent()) {
            return Math.max(1, Math.min(override.getAsInt(), cores));
        }
        return Math.max(1, cores / runsAtOnce);
    }

    private static OptionalInt configured() {
        OptionalInt property = TrainingSwitches.nativeThreads(System.getProperties());
        if (property.isPresent()) {
            return property;
        }
        // OpenMP's own variable may hold forms OpenMP understands and this does not (a list per nesting level):
        // those leave the count to the cores
        String value = System.getenv("OMP_NUM_THREADS");
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}

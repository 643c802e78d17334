package dev.deepcanvas.graph.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.util.Locale;
import java.util.Optional;

/**
 * Trains with the faster of two ways of stepping, timed on the run's own first steps ({@link WayTrial}): one native
 * thread, and every core the run may use ({@link TrainingThreads#everyCore}). Every step of the trial trains: both
 * ways make the same update.
 *
 * <p>Why measure: whether a second core pays depends on the network (how much of a step is large products, how much
 * is per-operation overhead and the update) and on the machine (on the bench machine, what else runs beside the
 * training thread: the JVM's garbage collector, ND4J's deallocator threads, the server). On the two-core bench machine
 * one thread beat two for some of the bench's models and lost for others, with no rule a reader could state in
 * advance (docs/performance.md, "Measured, not guessed").
 */
final class MeasuredFit implements NetworkFit {

    /** Between the chosen way and the figures it was chosen by, in {@link #describe()} once settled. */
    static final String SEPARATOR = " \u2014 ";

    private final NetworkFit one;
    private final NetworkFit every;
    private final WayTrial trial = new WayTrial();
    /** The way the last step went. */
    private NetworkFit last;

    MeasuredFit(NetworkFit one, NetworkFit every) {
        this.one = one;
        this.every = every;
    }

    @Override
    public void fit(MultiDataSet batch) {
        if (trial.settled()) {
            last = chosen();
            last.fit(batch);
            return;
        }
        last = trial.nextIsEveryCore() ? every : one;
        long start = System.nanoTime();
        last.fit(batch);
        trial.took(batch.getFeatures(0).size(0), System.nanoTime() - start);
    }

    private NetworkFit chosen() {
        return trial.everyCoreWon() ? every : one;
    }

    @Override
    public Optional<INDArray> lastOutputs(String output) {
        return last == null ? Optional.empty() : last.lastOutputs(output);
    }

    /** Once settled, the chosen way and the figures it was chosen by. */
    @Override
    public String describe() {
        if (!trial.settled()) {
            return "the faster of " + one.describe() + " and " + every.describe() + ", timed on the run's first steps";
        }
        return chosen().describe() + SEPARATOR + String.format(Locale.ROOT,
                "%,.0f samples/s on the run's first steps, against %,.0f/s with %s", trial.chosenRate(),
                trial.otherRate(), (trial.everyCoreWon() ? one : every).describe());
    }

    @Override
    public String way() {
        return trial.settled() ? chosen().way() : describe();
    }

    @Override
    public boolean settled() {
        return trial.settled();
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

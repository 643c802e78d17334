package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.util.Locale;
import java.util.Optional;

/**
 * Networks that learn together, one step of each per round (a GAN's discriminator step, then its generator's step
 * through the frozen discriminator), and so use the cores one way together: one native thread for all of them, or
 * every core for all of them ({@link TrainingThreads#everyCore} each), whichever makes whole rounds faster on the
 * run's own first rounds ({@link WayTrial}).
 *
 * <p>Why whole rounds: timing each network's steps by themselves ({@link MeasuredFit}) missed what the ways cost each
 * other. On the two-core bench machine the DCGAN's generator step won its own trial with two threads inside
 * operations while the whole round was a quarter slower than on one thread (docs/performance.md). A round also holds
 * work outside the steps (drawing the generated batch, copying parameters), which runs with one native thread in a
 * one-thread round and with every core inside its operations in an every-core round.
 *
 * <p>Use: {@link #add} each network, then bracket every round with {@link #roundStarts()} and {@link #roundEnds}.
 */
public final class JointFits {

    private final int threads;
    /** Null where the way is fixed: one core, or measuring turned off. */
    private final WayTrial trial;
    /** The way of the round under way while the trial runs. */
    private boolean roundEveryCore;
    private long roundStart = -1;

    JointFits(int threads, boolean measure) {
        this.threads = threads;
        this.trial = threads >= 2 && measure ? new WayTrial() : null;
    }

    /** The way of stepping {@code network} in these rounds; close it when the run ends. */
    public NetworkFit add(ComputationGraph network) {
        if (threads < 2) {
            return TrainingThreads.oneThread(network);
        }
        NetworkFit every = TrainingThreads.everyCore(network, threads);
        return trial == null ? every : join(TrainingThreads.oneThread(network), every);
    }

    /** A network's two ways, stepped the way of the round under way (while the trial runs). */
    NetworkFit join(NetworkFit one, NetworkFit every) {
        if (trial == null) {
            throw new IllegalStateException("These rounds take one fixed way: nothing is timed");
        }
        return new Member(one, every);
    }

    /** Call before a round's first work: decides its way and sets the native threads of the work between steps. */
    public void roundStarts() {
        boolean everyCore = threads >= 2 && (trial == null || (trial.settled() ? trial.everyCoreWon()
                : trial.nextIsEveryCore()));
        NativeBackend.useNativeThreads(everyCore ? threads : 1);
        if (trial != null && !trial.settled()) {
            roundEveryCore = everyCore;
            roundStart = System.nanoTime();
        }
    }

    /** Call after a round's last work, with the rows it learnt from (a GAN's real pictures). */
    public void roundEnds(long rows) {
        if (trial != null && !trial.settled() && roundStart >= 0) {
            trial.took(rows, System.nanoTime() - roundStart);
            roundStart = -1;
        }
    }

    /** Whether the way is decided for every network added. */
    public boolean settled() {
        return trial == null || trial.settled();
    }

    private boolean everyCoreNow() {
        return trial.settled() ? trial.everyCoreWon() : roundEveryCore;
    }

    /** One network's steps, the way of the round they are in. */
    private final class Member implements NetworkFit {
        private final NetworkFit one;
        private final NetworkFit every;
        private NetworkFit last;

        Member(NetworkFit one, NetworkFit every) {
            this.one = one;
            this.every = every;
        }

        @Override
        public void fit(MultiDataSet batch) {
            last = everyCoreNow() ? every : one;
            last.fit(batch);
        }

        @Override
        public Optional<INDArray> lastOutputs(String output) {
            return last == null ? Optional.empty() : last.lastOutputs(output);
        }

        @Override
        public String describe() {
            if (!trial.settled()) {
                return "the faster of " + one.describe() + " and " + every.describe()
                        + ", timed on the run's first rounds of every network's step together";
            }
            NetworkFit chosen = trial.everyCoreWon() ? every : one;
            return chosen.describe() + MeasuredFit.SEPARATOR + String.format(Locale.ROOT,
                    "%,.0f samples/s over whole rounds of every network's step on the run's first rounds, "
                            + "against %,.0f/s with %s", trial.chosenRate(), trial.otherRate(),
                    (trial.everyCoreWon() ? one : every).describe());
        }

        @Override
        public String way() {
            return trial.settled() ? (trial.everyCoreWon() ? every : one).way() : describe();
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
}

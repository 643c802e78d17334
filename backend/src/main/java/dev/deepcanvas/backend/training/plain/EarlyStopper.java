package dev.deepcanvas.backend.training.plain;

import dev.deepcanvas.backend.training.EarlyStopping;
import dev.deepcanvas.backend.training.run.HeldOutScore;

/**
 * Tracks the best held-out figure and how many epochs have passed without improving on it. Its state is saved
 * with each checkpoint so that a resumed run stops exactly where an uninterrupted one would have.
 */
final class EarlyStopper {

    /** What a checkpoint keeps of the early-stopping bookkeeping. */
    record State(Double best, int bestEpoch, int epochsSinceBest) {
        static State initial() {
            return new State(null, 0, 0);
        }
    }

    private final EarlyStopping settings;
    private State state;

    EarlyStopper(EarlyStopping settings, State state) {
        this.settings = settings;
        this.state = state;
    }

    /**
     * Records the held-out figures of a finished epoch.
     *
     * @return whether this epoch is the best so far (its weights should be kept)
     */
    boolean record(int epoch, HeldOutScore score) {
        double value = settings == null || settings.monitor() == EarlyStopping.Monitor.VALIDATION_LOSS
                ? score.loss() : -nonNull(score.accuracy());
        boolean improved = state.best() == null || value < state.best();
        state = improved ? new State(value, epoch, 0)
                : new State(state.best(), state.bestEpoch(), state.epochsSinceBest() + 1);
        return improved;
    }

    /** Whether training should stop now: early stopping is on and patience has run out. */
    boolean shouldStop() {
        return settings != null && state.epochsSinceBest() >= settings.patience();
    }

    boolean enabled() {
        return settings != null;
    }

    State state() {
        return state;
    }

    private static double nonNull(Double value) {
        return value == null ? Double.NaN : value;
    }
}

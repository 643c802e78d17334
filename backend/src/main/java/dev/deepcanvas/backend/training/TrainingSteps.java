package dev.deepcanvas.backend.training;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The end of every training step of every run in this process, as it happens: the run, how many steps it has done
 * and {@link System#nanoTime()} at that moment. {@link RunEvents} throttles progress to a few updates a second for the
 * browsers; this is unthrottled and exact, for whoever must time a run's steps (the performance bench times a run
 * started through {@link RunLauncher} with it, so that it measures the path a user's run takes). Nothing in the
 * application watches it; with no watcher a step costs one look at an empty list.
 */
@Component
public class TrainingSteps {

    private static final Logger log = LoggerFactory.getLogger(TrainingSteps.class);

    private final List<Watcher> watchers = new CopyOnWriteArrayList<>();

    /** Told of each step on the training thread, so it must be quick (record the figures, nothing more). */
    @FunctionalInterface
    public interface Watcher {
        void stepped(long runId, long iteration, long nanoTime);

        /**
         * Told once per network of a run when the way its steps use the cores is settled
         * ({@link dev.deepcanvas.backend.training.run.CoreUse}): the steps after {@code iteration} train {@code way}
         * (for example "1 native thread"; the figures it was chosen by go to the server's log).
         */
        default void settled(long runId, long iteration, String network, String way) {
        }
    }

    /** Starts telling {@code watcher} of every step; close the handle to stop. */
    public RunEvents.Subscription watch(Watcher watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    /**
     * Called by the training jobs when step {@code iteration} (counted from 1 over the whole run) of run {@code runId}
     * has ended at {@code nanoTime}.
     */
    public void stepped(long runId, long iteration, long nanoTime) {
        tell(runId, watcher -> watcher.stepped(runId, iteration, nanoTime));
    }

    /**
     * Called by {@link dev.deepcanvas.backend.training.run.CoreUse} when a network of run {@code runId} has settled
     * how it uses the cores.
     */
    public void settled(long runId, long iteration, String network, String way) {
        tell(runId, watcher -> watcher.settled(runId, iteration, network, way));
    }

    private void tell(long runId, java.util.function.Consumer<Watcher> event) {
        if (watchers.isEmpty()) {
            return;
        }
        for (Watcher watcher : watchers) {
            try {
                event.accept(watcher);
            } catch (RuntimeException e) {
                // A broken watcher must not stop a user's training.
                log.warn("A watcher of run {}'s steps failed; training goes on", runId, e);
            }
        }
    }
}

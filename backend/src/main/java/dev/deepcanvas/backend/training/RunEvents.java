package dev.deepcanvas.backend.training;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Fan-out of run updates to whoever is watching (browser sessions through server push).
 * Subscribers must be quick: they run on the training thread, so views hand the update to their UI's queue.
 *
 * <p>In a cluster the watchers of a run are often on another node than its worker: a relay then passes every update
 * published here to the other nodes ({@link #relayTo}), and delivers the updates it hears from them to the watchers
 * here ({@link #deliverFromElsewhere}) without passing them on again.
 */
@Component
public class RunEvents {

    private static final Logger log = LoggerFactory.getLogger(RunEvents.class);

    private final List<Consumer<RunUpdate>> subscribers = new CopyOnWriteArrayList<>();
    private final List<Consumer<RunUpdate>> relays = new CopyOnWriteArrayList<>();

    /** A watcher's handle; closing it only removes a list entry, so it throws nothing. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** Starts delivering updates; close the returned handle when the watcher goes away. */
    public Subscription subscribe(Consumer<RunUpdate> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Passes every update published in this process on to the other nodes too; it must never block. */
    public Subscription relayTo(Consumer<RunUpdate> relay) {
        relays.add(relay);
        return () -> relays.remove(relay);
    }

    /** Delivers an update to every watcher (and relay); the run machinery calls it, on the training thread. */
    public void publish(RunUpdate update) {
        deliver(update);
        for (Consumer<RunUpdate> relay : relays) {
            try {
                relay.accept(update);
            } catch (RuntimeException e) {
                log.warn("Run {}'s update could not be passed on to the other nodes", update.runId(), e);
            }
        }
    }

    /** Delivers an update another node published to the watchers in this process. */
    public void deliverFromElsewhere(RunUpdate update) {
        deliver(update);
    }

    private void deliver(RunUpdate update) {
        for (Consumer<RunUpdate> subscriber : subscribers) {
            try {
                subscriber.accept(update);
            } catch (RuntimeException e) {
                // One broken watcher (say, a browser tab closed while the update was on its way) must never stop
                // training or the others. Watchers are views whose failures this module cannot name, so every
                // failure is kept in the log with its trace.
                log.warn("A watcher of run {} failed; training and the other watchers go on", update.runId(), e);
            }
        }
    }
}

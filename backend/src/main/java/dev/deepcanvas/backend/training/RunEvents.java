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
 */
@Component
public class RunEvents {

    private static final Logger log = LoggerFactory.getLogger(RunEvents.class);

    private final List<Consumer<RunUpdate>> subscribers = new CopyOnWriteArrayList<>();

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

    /** Delivers an update to every watcher; the run machinery calls it, on the training thread. */
    public void publish(RunUpdate update) {
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

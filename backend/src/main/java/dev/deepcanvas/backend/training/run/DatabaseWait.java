package dev.deepcanvas.backend.training.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Lets a training thread wait out a database that is briefly away (a restart, a fail-over) instead of failing the
 * run: a write that fails for want of a connection is tried again every second for up to
 * {@code deepcanvas.cluster.database-wait} (default 2 minutes). Training pauses meanwhile. The writes it repeats are
 * idempotent, so a write whose commit went through just before the connection broke is not recorded twice.
 */
@Component
public class DatabaseWait {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWait.class);
    private static final long RETRY_MILLIS = 1_000;

    private final Duration patience;

    DatabaseWait(@Value("${deepcanvas.cluster.database-wait:PT2M}") Duration patience) {
        this.patience = patience;
    }

    /**
     * Runs {@code write}, again and again while the database is away, until it succeeds or the patience is spent.
     *
     * @throws DatabaseUnavailableException when the database stayed away for longer than the patience
     */
    public <T> T retrying(String what, Supplier<T> write) {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean waited = false;
        while (true) {
            try {
                T result = write.get();
                if (waited) {
                    log.warn("The database is back: {} went through", what);
                }
                return result;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isOutage(e)) {
                    throw e;
                }
                if (System.nanoTime() > deadline) {
                    throw new DatabaseUnavailableException("The database was out of reach for more than "
                            + patience.toSeconds() + " s while trying to " + what, e);
                }
                if (!waited) {
                    log.warn("The database is out of reach ({}); {} waits and tries again every second for up to {} s",
                            rootMessage(e), what, patience.toSeconds());
                    waited = true;
                }
                pause();
            }
        }
    }

    public void retrying(String what, Runnable write) {
        retrying(what, () -> {
            write.run();
            return null;
        });
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException("Interrupted while waiting for the database", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

package dev.deepcanvas.backend.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The failed sign-ins of one key (a user name from one client address, or one client address) and whether that key
 * is locked. A lock lasts a fixed time from the failure that set it: attempts made while locked are neither counted
 * nor able to extend it, and when it ends the key starts again with no failures.
 */
final class FailureTracker {

    private final int limit;
    private final Duration window;
    private final Duration lock;
    private final Deque<Instant> failures = new ArrayDeque<>();
    private Instant lockedUntil;

    FailureTracker(int limit, Duration window, Duration lock) {
        this.limit = limit;
        this.window = window;
        this.lock = lock;
    }

    synchronized void fail(Instant now) {
        if (!lockedFor(now).isZero()) {
            return;
        }
        Instant horizon = now.minus(window);
        while (!failures.isEmpty() && failures.peekFirst().isBefore(horizon)) {
            failures.removeFirst();
        }
        failures.addLast(now);
        if (failures.size() >= limit) {
            lockedUntil = now.plus(lock);
            failures.clear();
        }
    }

    /** How long the key stays locked after {@code now}; zero when it is not locked. */
    synchronized Duration lockedFor(Instant now) {
        if (lockedUntil == null || !now.isBefore(lockedUntil)) {
            return Duration.ZERO;
        }
        return Duration.between(now, lockedUntil);
    }

    /** True when nothing is remembered that could still matter at {@code now}, so the tracker can be dropped. */
    synchronized boolean forgotten(Instant now) {
        return lockedFor(now).isZero() && (failures.isEmpty() || failures.peekLast().isBefore(now.minus(window)));
    }
}

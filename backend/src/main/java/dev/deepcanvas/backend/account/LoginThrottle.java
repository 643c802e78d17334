package dev.deepcanvas.backend.account;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one user name within
 * {@link #WINDOW}, that name is locked for {@link #LOCK}. Kept in memory: a restart forgives, which is acceptable
 * for a single-node app, and an attacker cannot use it to fill the database.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(5);
    private static final int MAX_TRACKED_NAMES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public void recordFailure(String username) {
        if (failures.size() > MAX_TRACKED_NAMES) {
            failures.clear(); // bounded memory beats perfect memory under a flood of made-up names
        }
        Deque<Instant> times = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            prune(times);
        }
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    /** How long the name stays locked, or zero when it may try again now. */
    public Duration lockedFor(String username) {
        Deque<Instant> times = failures.get(key(username));
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times);
            if (times.size() < MAX_FAILURES) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(clock.instant(), times.peekLast().plus(LOCK));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    private void prune(Deque<Instant> times) {
        Instant horizon = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
            times.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}

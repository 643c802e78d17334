package dev.deepcanvas.backend.account;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting anyone lock another person out (the policy is written down in
 * {@code docs/security.md}):
 * <ul>
 *   <li>{@value #NAME_FAILURES} failed sign-ins for one user name from one client address within {@link #WINDOW}
 *       lock that name for that address for {@link #NAME_LOCK};</li>
 *   <li>{@value #ADDRESS_FAILURES} failed sign-ins from one client address within {@link #WINDOW}, whatever the
 *       names, lock that address for {@link #ADDRESS_LOCK}.</li>
 * </ul>
 * A lock runs from the failure that set it; attempts while locked are refused before any password is checked and
 * neither count nor restart it. Names that have no account are counted exactly like real ones, so the answers never
 * tell whether an account exists. Kept in memory: a restart forgives, which is acceptable for a single-node app,
 * and nobody can fill the database with made-up names.
 */
@Component
public class LoginThrottle {

    public static final int NAME_FAILURES = 5;
    public static final int ADDRESS_FAILURES = 30;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration NAME_LOCK = Duration.ofMinutes(5);
    public static final Duration ADDRESS_LOCK = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, FailureTracker> byNameAndAddress = new ConcurrentHashMap<>();
    private final Map<String, FailureTracker> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** A wrong password, or a user name that has no account, from {@code address}. */
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        bound(byNameAndAddress, now);
        bound(byAddress, now);
        byNameAndAddress.computeIfAbsent(pair(username, address),
                k -> new FailureTracker(NAME_FAILURES, WINDOW, NAME_LOCK)).fail(now);
        byAddress.computeIfAbsent(address(address),
                k -> new FailureTracker(ADDRESS_FAILURES, WINDOW, ADDRESS_LOCK)).fail(now);
    }

    /** A successful sign-in forgets that name's failures from that address (not the address's other failures). */
    public void recordSuccess(String username, String address) {
        byNameAndAddress.remove(pair(username, address));
    }

    /** How long this name may not sign in from this address, or zero when it may try now. */
    public Duration lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration name = lockOf(byNameAndAddress.get(pair(username, address)), now);
        Duration client = lockOf(byAddress.get(address(address)), now);
        return name.compareTo(client) >= 0 ? name : client;
    }

    private static Duration lockOf(FailureTracker tracker, Instant now) {
        return tracker == null ? Duration.ZERO : tracker.lockedFor(now);
    }

    /** Bounded memory under a flood of made-up names: first drop what no longer matters, then everything. */
    private static void bound(Map<String, FailureTracker> trackers, Instant now) {
        if (trackers.size() > MAX_TRACKED) {
            trackers.values().removeIf(t -> t.forgotten(now));
            if (trackers.size() > MAX_TRACKED) {
                trackers.clear();
            }
        }
    }

    private static String pair(String username, String address) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name + '\n' + address(address);
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }
}

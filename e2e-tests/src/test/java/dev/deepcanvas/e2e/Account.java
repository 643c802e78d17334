package dev.deepcanvas.e2e;

import java.util.HashSet;
import java.util.Set;

/**
 * An account a test signs up with. User names are unique for the whole test run, so tests that share one
 * application never collide on a name.
 */
public record Account(String username, String displayName) {

    /** Every account signs up with this password. */
    public static final String PASSWORD = "correct horse battery";

    private static final Set<String> TAKEN = new HashSet<>();

    /**
     * A new account named {@code wanted}, or {@code wanted2}, {@code wanted3}… when an earlier test of this run
     * took that name. The display name is the user name capitalised ("alice" shows as "Alice").
     */
    public static synchronized Account fresh(String wanted) {
        String username = wanted;
        for (int i = 2; !TAKEN.add(username); i++) {
            username = wanted + i;
        }
        return new Account(username, username.substring(0, 1).toUpperCase() + username.substring(1));
    }
}

package dev.deepcanvas.bench;

import dev.deepcanvas.backend.account.AccountPrincipal;
import dev.deepcanvas.backend.account.AccountService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs belong to someone and the services check who calls: the benches train as a fresh local account, signed in
 * on the calling thread the way a browser session is.
 */
public final class BenchAccount {

    private BenchAccount() {
    }

    public static void signIn(AccountService accounts) {
        AccountPrincipal bench = accounts.signUp("bench-" + System.nanoTime() % 1_000_000_000L, "Bench",
                "bench password 1");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(bench, null, bench.getAuthorities()));
    }
}

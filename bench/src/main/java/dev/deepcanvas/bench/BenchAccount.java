package dev.deepcanvas.bench;

import dev.deepcanvas.backend.account.AccountPrincipal;
import dev.deepcanvas.backend.account.AccountService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The account the bench trains as. The run service serves only signed-in callers (runs belong to someone), so the
 * bench signs up an account in its own temporary database and acts as it on the calling thread, as a browser
 * session would.
 */
final class BenchAccount {

    private BenchAccount() {
    }

    static void signIn(AccountService accounts) {
        AccountPrincipal bench = accounts.signUp("bench", "Template bench", "template-bench-" + System.nanoTime());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(bench, null, bench.getAuthorities()));
    }
}

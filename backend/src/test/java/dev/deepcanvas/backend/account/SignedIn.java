package dev.deepcanvas.backend.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.concurrent.atomic.AtomicInteger;

/** Test helper: acts as a given account (or as nobody) on the calling thread, as a signed-in browser would. */
public final class SignedIn {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private SignedIn() {
    }

    /** A fresh account with a unique name, for tests that must not see each other's graphs. */
    public static AccountPrincipal newAccount(AccountService accounts, String prefix) {
        String name = prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        return accounts.signUp(name, prefix + " tester", "correct horse battery");
    }

    public static void as(AccountPrincipal principal) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    public static void anonymous() {
        SecurityContextHolder.clearContext();
    }
}

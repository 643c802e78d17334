package dev.deepcanvas.backend.account;

import org.springframework.security.core.Authentication;

/**
 * Where a sign-in attempt came from. The web layer knows (it reads the request); the account services only need
 * the answer, as text.
 */
@FunctionalInterface
public interface ClientAddresses {

    /** The client address of the request that made this attempt; empty when unknown. */
    String of(Authentication attempt);
}

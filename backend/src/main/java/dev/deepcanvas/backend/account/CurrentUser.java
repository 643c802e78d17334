package dev.deepcanvas.backend.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who is calling a service, read from the security context of the calling thread. Services ask this on every
 * call, so authorisation holds whichever view, route or background path the call comes from.
 */
@Component
public class CurrentUser {

    public Optional<AccountPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public Optional<Long> id() {
        return principal().map(AccountPrincipal::id);
    }

    /** The caller's id; an anonymous caller is refused with a message that says to sign in. */
    public long require() {
        return id().orElseThrow(NotSignedInException::new);
    }
}

package dev.deepcanvas.backend.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Feeds sign-in outcomes into the throttle. A failure for a name that has no account arrives here as bad
 * credentials too (Spring hides the difference), so it is counted exactly like a wrong password.
 */
@Component
class LoginEvents {

    private final LoginThrottle throttle;
    private final ClientAddresses addresses;

    /** Without a web layer (the services' own tests) no address is known, and all attempts share one. */
    LoginEvents(LoginThrottle throttle, ObjectProvider<ClientAddresses> addresses) {
        this.throttle = throttle;
        this.addresses = addresses.getIfAvailable(() -> attempt -> "");
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Authentication attempt = event.getAuthentication();
        throttle.recordFailure(String.valueOf(attempt.getPrincipal()), addresses.of(attempt));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication signedIn = event.getAuthentication();
        throttle.recordSuccess(signedIn.getName(), addresses.of(signedIn));
    }
}

package dev.deepcanvas.app.security;

import jakarta.servlet.http.HttpServletRequest;
import com.vaadin.flow.server.WrappedSession;

import java.util.Optional;

/**
 * The user name of the last failed sign-in in this browser session, so the sign-in page can show it again and the
 * person only retypes the password. Kept in the session rather than the address bar, where it would end up in the
 * history.
 */
final class SignInFailure {

    private static final String KEY = "deepcanvas.failed-username";
    private static final int MAX_LENGTH = 100;

    private SignInFailure() {
    }

    static void remember(HttpServletRequest request, String username) {
        if (username != null && !username.isBlank() && username.length() <= MAX_LENGTH) {
            request.getSession(true).setAttribute(KEY, username.strip());
        }
    }

    /** The remembered name, once. */
    static Optional<String> take(WrappedSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Object name = session.getAttribute(KEY);
        session.removeAttribute(KEY);
        return Optional.ofNullable(name).map(Object::toString);
    }
}

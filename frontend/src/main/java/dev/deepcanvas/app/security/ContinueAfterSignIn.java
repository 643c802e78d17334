package dev.deepcanvas.app.security;

import com.vaadin.flow.server.VaadinSession;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Remembers where someone was going when they stopped to sign up or sign in (a shared graph they want to fork),
 * so they land there afterwards. Only paths inside the app that lead to a shared or public graph are accepted,
 * so the parameter cannot send anyone elsewhere.
 */
public final class ContinueAfterSignIn {

    private static final String KEY = "deepcanvas.continue";
    private static final Pattern ALLOWED = Pattern.compile("(shared/[A-Za-z0-9_-]{1,64}|community/[0-9]{1,18})");

    private ContinueAfterSignIn() {
    }

    public static void remember(String path) {
        if (path != null && ALLOWED.matcher(path).matches() && VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().getSession().setAttribute(KEY, path);
        }
    }

    /** The remembered path, once: reading it forgets it. */
    public static Optional<String> take() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        Object path = session.getSession().getAttribute(KEY);
        session.getSession().removeAttribute(KEY);
        return Optional.ofNullable(path).map(Object::toString);
    }

    static boolean isAllowed(String path) {
        return path != null && ALLOWED.matcher(path).matches();
    }
}

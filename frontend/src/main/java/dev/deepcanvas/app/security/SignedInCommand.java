package dev.deepcanvas.app.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Server push runs view updates on the training thread, which has no signed-in user; the services authorise
 * every call. This carries the viewer's security context (captured when the view attached) into the update.
 */
public final class SignedInCommand {

    private SignedInCommand() {
    }

    /** Captures the current viewer, for later pushes to this UI. */
    public static SecurityContext capture() {
        return SecurityContextHolder.getContext();
    }

    /** Runs the command in the UI's lock as the captured viewer. */
    public static void access(UI ui, SecurityContext viewer, Command command) {
        ui.access(() -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(viewer);
            try {
                command.execute();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
    }
}

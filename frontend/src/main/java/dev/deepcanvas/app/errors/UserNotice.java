package dev.deepcanvas.app.errors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The one-line messages an action shows when it could not be done. */
public final class UserNotice {

    /** What a user sees of a fault; the details (with the stack trace) are in the log file. */
    public static final String FAULT = "Something went wrong and this was not done. The details are in the "
            + "DeepCanvas log.";

    private static final int MILLIS = 8000;

    private UserNotice() {
    }

    /** Shows why an action was refused, in the UI that is current (a no-op outside any UI). */
    public static void refused(String message) {
        show(message, NotificationVariant.LUMO_WARNING);
    }

    static void fault() {
        show(FAULT, NotificationVariant.LUMO_ERROR);
    }

    private static void show(String message, NotificationVariant variant) {
        if (UI.getCurrent() == null) {
            return;
        }
        Notification notification = Notification.show(message, MILLIS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        notification.addClassName("user-notice");
    }
}

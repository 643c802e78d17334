package dev.deepcanvas.app.errors;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;

/**
 * What happens to an exception that no action handled itself: a service's refusal is shown to the user as its
 * one-line message; anything else is logged with its stack trace and the user is told, in one line, that it was
 * not done. A stack trace is never shown. A browser that went away mid-answer is no error at all.
 */
public class AppErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(AppErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable thrown = event.getThrowable();
        var refusal = Refusals.messageOf(thrown);
        if (refusal.isPresent()) {
            log.debug("Refused: {}", refusal.get());
            UserNotice.refused(refusal.get());
        } else if (isClientGone(thrown)) {
            log.debug("The browser closed the connection", thrown);
        } else {
            log.error("Unexpected error in the user interface", thrown);
            UserNotice.fault();
        }
    }

    /** Closing a tab or losing the network mid-answer surfaces as an I/O error on the server; nothing failed. */
    static boolean isClientGone(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EOFException || t instanceof ClosedChannelException || t instanceof SocketException
                    || t.getClass().getSimpleName().equals("ClientAbortException")) {
                return true;
            }
            String message = t.getMessage();
            if (t instanceof IOException && message != null && (message.contains("Broken pipe")
                    || message.contains("Connection reset") || message.contains("Connection remotely closed"))) {
                return true;
            }
        }
        return false;
    }
}

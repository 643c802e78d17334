package dev.deepcanvas.app.errors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Closing a browser tab ends its push connection; Vaadin logs that as "Exception in push connection" at ERROR with a
 * stack trace whenever the servlet container words the disconnect differently from what Vaadin expects. A tab that
 * closes is no error: such records go to DEBUG, and a push failure that is not a disconnect stays an error.
 */
@Component
public class PushDisconnectFilter extends TurboFilter {

    static final String PUSH_LOGGER = "com.vaadin.flow.server.communication.PushAtmosphereHandler";
    static final String MESSAGE = "Exception in push connection";

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(PushDisconnectFilter.class);

    public PushDisconnectFilter() {
        // Registered once Spring Boot has configured logging, which it does before creating any bean.
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.addTurboFilter(this);
            start();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable thrown) {
        if (level == Level.ERROR && PUSH_LOGGER.equals(logger.getName()) && MESSAGE.equals(format)
                && AppErrorHandler.isClientGone(thrown)) {
            log.debug("A browser closed its push connection", thrown);
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}

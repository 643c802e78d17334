package dev.deepcanvas.app.errors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

import java.io.EOFException;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** A closed tab is no error; a push connection that fails for another reason still is. */
class PushDisconnectFilterTest {

    private final Logger push = new LoggerContext().getLogger(PushDisconnectFilter.PUSH_LOGGER);
    private final PushDisconnectFilter filter = new PushDisconnectFilter();

    @Test
    void aClosedTabIsNotLoggedAsAnError() {
        assertThat(decide(new IOException(new EOFException()))).isEqualTo(FilterReply.DENY);
        assertThat(decide(new IOException("Broken pipe"))).isEqualTo(FilterReply.DENY);
        assertThat(decide(new IOException("Connection reset by peer"))).isEqualTo(FilterReply.DENY);
    }

    @Test
    void otherPushFailuresStayErrors() {
        assertThat(decide(new IllegalStateException("a bug"))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(new IOException("disk full"))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, push, Level.ERROR, "Something else", null, new EOFException()))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    private FilterReply decide(Throwable thrown) {
        return filter.decide(null, push, Level.ERROR, PushDisconnectFilter.MESSAGE, null, thrown);
    }
}

package dev.deepcanvas.graph.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** A bug inside the analyzer reaches the user as one INTERNAL problem and the log with its stack trace. */
class AnalyzerBugTest {

    @Test
    void aBugIsReportedAsAProblemAndLoggedWithItsStackTrace() {
        // System.Logger writes to java.util.logging here (and through Spring Boot's bridge, to its log file).
        Logger log = Logger.getLogger(GraphAnalyzer.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean parents = log.getUseParentHandlers();
        log.addHandler(capture);
        log.setUseParentHandlers(false);
        Analysis analysis;
        try {
            analysis = new GraphAnalyzer().analyze(null); // no document: a caller's bug, not a user's problem
        } finally {
            log.removeHandler(capture);
            log.setUseParentHandlers(parents);
        }
        assertThat(analysis.problems()).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.INTERNAL))
                .satisfies(p -> assertThat(p.message()).contains("NullPointerException").doesNotContain("\tat "));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(r.getThrown()).isInstanceOf(NullPointerException.class);
        });
    }
}

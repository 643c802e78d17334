package dev.deepcanvas.backend.training.run;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Inserts iteration samples as one JDBC batch (one round trip, inside the caller's transaction). JPA would
 * insert row by row here, and these rows are many and never updated. Writing the same samples twice leaves them once:
 * a write repeated after a lost connection (whose first attempt may have committed) replaces its own rows.
 */
@Component
class IterationMetricWriter {

    private static final String CLEAR =
            "DELETE FROM run_iteration_metrics WHERE run_id = ? AND iteration BETWEEN ? AND ?";
    private static final String INSERT =
            "INSERT INTO run_iteration_metrics (run_id, iteration, epoch, train_loss, recorded_at) VALUES (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    IterationMetricWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(long runId, List<IterationSample> samples, Instant recordedAt) {
        if (samples.isEmpty()) {
            return;
        }
        jdbc.update(CLEAR, runId, samples.get(0).iteration(), samples.get(samples.size() - 1).iteration());
        // An offset date-time is the one unambiguous JDBC value for TIMESTAMP WITH TIME ZONE on H2 and PostgreSQL
        // alike; a java.sql.Timestamp would go through the JVM's zone.
        OffsetDateTime at = OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC);
        jdbc.batchUpdate(INSERT, samples, samples.size(), (statement, sample) -> {
            statement.setLong(1, runId);
            statement.setLong(2, sample.iteration());
            statement.setInt(3, sample.epoch());
            statement.setDouble(4, sample.trainLoss());
            statement.setObject(5, at);
        });
    }
}

package dev.deepcanvas.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The cluster test's view of the runs, read straight from the shared database: what the worker recorded and when,
 * independently of what the pages show.
 */
final class ClusterRuns {

    /** One run's row. */
    record Run(long id, String status, String message, int epochsPlanned, int epochsCompleted, String workerId,
               int claim, Instant createdAt, Instant startedAt, Instant finishedAt, Integer trainRows) {

        boolean ended() {
            return !status.equals("QUEUED") && !status.equals("RUNNING");
        }
    }

    private final ClusterDatabase database;

    ClusterRuns(ClusterDatabase database) {
        this.database = database;
    }

    /** Every run, oldest first. */
    List<Run> all() {
        return query("SELECT * FROM training_runs ORDER BY id", null);
    }

    Optional<Run> find(long id) {
        return query("SELECT * FROM training_runs WHERE id = ?", id).stream().findFirst();
    }

    /** The newest run, once there is one newer than {@code after}. */
    Run awaitNew(long after, Duration limit) {
        return await(limit, "a run newer than #" + after, () -> {
            List<Run> runs = all();
            return runs.isEmpty() || runs.get(runs.size() - 1).id() <= after ? Optional.empty()
                    : Optional.of(runs.get(runs.size() - 1));
        });
    }

    /** Waits until the run satisfies {@code condition}; the database may be away meanwhile. */
    Run await(long id, Duration limit, String what, Predicate<Run> condition) {
        return await(limit, "run #" + id + " " + what, () -> find(id).filter(condition));
    }

    long newestId() {
        List<Run> runs = all();
        return runs.isEmpty() ? 0 : runs.get(runs.size() - 1).id();
    }

    /** Epoch number → when its figures were recorded. */
    TreeMap<Integer, Instant> epochs(long runId) {
        TreeMap<Integer, Instant> epochs = new TreeMap<>();
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT epoch, recorded_at FROM run_epoch_metrics WHERE run_id = ? ORDER BY epoch")) {
            statement.setLong(1, runId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Instant previous = epochs.put(rows.getInt(1), rows.getTimestamp(2).toInstant());
                    if (previous != null) {
                        throw new AssertionError("run #" + runId + " has epoch " + rows.getInt(1) + " twice");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return epochs;
    }

    /** Iteration numbers of the stored loss samples, in order. */
    List<Long> iterations(long runId) {
        List<Long> iterations = new ArrayList<>();
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT iteration FROM run_iteration_metrics WHERE run_id = ? ORDER BY iteration")) {
            statement.setLong(1, runId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    iterations.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return iterations;
    }

    /**
     * The sample points an uninterrupted run records: IterationSampler's windows of {@code stride} minibatches (about
     * 50 per epoch) and the partial window at each epoch's end, every one exactly once.
     */
    static List<Long> expectedIterations(int epochs, long perEpoch) {
        long stride = Math.max(1, (perEpoch + 49) / 50);
        List<Long> expected = new ArrayList<>();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long start = (epoch - 1) * perEpoch;
            for (long done = stride; done <= perEpoch; done += stride) {
                expected.add(start + done);
            }
            if (perEpoch % stride != 0) {
                expected.add(start + perEpoch);
            }
        }
        return expected;
    }

    private List<Run> query(String sql, Long id) {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (id != null) {
                statement.setLong(1, id);
            }
            List<Run> runs = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    runs.add(new Run(rows.getLong("id"), rows.getString("status"), rows.getString("message"),
                            rows.getInt("epochs_planned"), rows.getInt("epochs_completed"),
                            rows.getString("worker_id"), rows.getInt("claim"), instant(rows, "created_at"),
                            instant(rows, "started_at"), instant(rows, "finished_at"),
                            (Integer) rows.getObject("train_rows")));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw new DatabaseAway(e);
        }
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static <T> T await(Duration limit, String what, java.util.function.Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(limit);
        String lastProblem = "";
        while (Instant.now().isBefore(deadline)) {
            try {
                Optional<T> found = probe.get();
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (DatabaseAway e) {
                lastProblem = " (last database error: " + e.getMessage() + ")";
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new AssertionError("Waited " + limit.toSeconds() + " s for " + what + lastProblem);
    }

    /** The database did not answer (it may be stopped on purpose). */
    static final class DatabaseAway extends RuntimeException {
        DatabaseAway(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}

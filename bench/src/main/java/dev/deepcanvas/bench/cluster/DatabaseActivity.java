package dev.deepcanvas.bench.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What PostgreSQL counted for one database up to a moment: statements and the rows they returned or changed (from
 * pg_stat_statements, the bench's own statistics queries left out) and transactions and tuples (pg_stat_database).
 * The difference of two snapshots is the load between them.
 */
record DatabaseActivity(long statements, long statementRows, long commits, long returned, long fetched, long inserted,
                        long updated, long deleted) {

    private static final String STATEMENTS = "SELECT COALESCE(SUM(s.calls), 0), COALESCE(SUM(s.rows), 0) "
            + "FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid "
            + "WHERE d.datname = ? AND s.query NOT LIKE '%pg_stat%'";
    private static final String DATABASE = "SELECT xact_commit, tup_returned, tup_fetched, tup_inserted, "
            + "tup_updated, tup_deleted FROM pg_stat_database WHERE datname = ?";

    static DatabaseActivity of(BenchDatabase database) throws SQLException {
        try (Connection server = database.server()) {
            long statements;
            long rows;
            try (PreparedStatement query = server.prepareStatement(STATEMENTS)) {
                query.setString(1, database.name());
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    statements = result.getLong(1);
                    rows = result.getLong(2);
                }
            }
            try (PreparedStatement query = server.prepareStatement(DATABASE)) {
                query.setString(1, database.name());
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    return new DatabaseActivity(statements, rows, result.getLong(1), result.getLong(2),
                            result.getLong(3), result.getLong(4), result.getLong(5), result.getLong(6));
                }
            }
        }
    }

    DatabaseActivity since(DatabaseActivity earlier) {
        return new DatabaseActivity(statements - earlier.statements, statementRows - earlier.statementRows,
                commits - earlier.commits, returned - earlier.returned, fetched - earlier.fetched,
                inserted - earlier.inserted, updated - earlier.updated, deleted - earlier.deleted);
    }

    /** Rows written: inserted, updated and deleted tuples. */
    long written() {
        return inserted + updated + deleted;
    }
}

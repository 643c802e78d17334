package dev.deepcanvas.backend.database.copy;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rows of every table on both sides after a copy, compared and printed as a table. */
final class RowCounts {

    private final Map<String, long[]> counts = new LinkedHashMap<>();

    static long count(Connection connection, Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table.quoted())) {
            row.next();
            return row.getLong(1);
        }
    }

    void add(String table, long source, long target) {
        counts.put(table, new long[] {source, target});
    }

    boolean allMatch() {
        return counts.values().stream().allMatch(c -> c[0] == c[1]);
    }

    long total() {
        return counts.values().stream().mapToLong(c -> c[1]).sum();
    }

    void print(PrintStream out) {
        int width = Math.max(5, counts.keySet().stream().mapToInt(String::length).max().orElse(5));
        String format = "  %-" + width + "s  %12s  %12s%s%n";
        out.printf(format, "table", "H2 (source)", "PostgreSQL", "");
        counts.forEach((table, c) -> out.printf(format, table, c[0], c[1], c[0] == c[1] ? "  ok" : "  MISMATCH"));
    }
}

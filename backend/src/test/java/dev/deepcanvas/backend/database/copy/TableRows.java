package dev.deepcanvas.backend.database.copy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of a table as plain values that compare equal across H2 and PostgreSQL: column names in lower case,
 * instants in UTC, integers as longs, texts as strings, in primary key order.
 */
final class TableRows {

    private TableRows() {
    }

    static List<Map<String, Object>> read(Connection connection, String table, String orderBy) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT * FROM " + table + " ORDER BY " + orderBy)) {
            ResultSetMetaData meta = row.getMetaData();
            while (row.next()) {
                Map<String, Object> values = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value(row, i, meta.getColumnType(i)));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static Object value(ResultSet row, int i, int type) throws SQLException {
        Object value = switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
                OffsetDateTime time = row.getObject(i, OffsetDateTime.class);
                yield time == null ? null : time.toInstant();
            }
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> row.getLong(i);
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> row.getDouble(i);
            case Types.BOOLEAN, Types.BIT -> row.getBoolean(i);
            default -> row.getString(i);
        };
        return row.wasNull() ? null : value;
    }
}

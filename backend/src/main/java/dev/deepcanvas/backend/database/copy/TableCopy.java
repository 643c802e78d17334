package dev.deepcanvas.backend.database.copy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Copies every row of one table from H2 to PostgreSQL with its keys as they are, so that every foreign key still
 * points at the same row. Rows are read in key order and inserted in JDBC batches (bounded in rows and in bytes, so
 * that long documents do not pile up in memory).
 */
final class TableCopy {

    private static final int BATCH_ROWS = 500;
    private static final long BATCH_BYTES = 16L << 20;
    private static final int FETCH_ROWS = 1000;

    private final Table source;
    private final Table target;
    private final boolean overridesIdentity;

    /**
     * @param overridesIdentity whether the target table has identity columns, whose values the copy supplies itself
     */
    TableCopy(Table source, Table target, boolean overridesIdentity) {
        this.source = source;
        this.target = target;
        this.overridesIdentity = overridesIdentity;
    }

    /** Copies the rows and returns how many were inserted. */
    long copy(Connection from, Connection to) throws SQLException {
        List<Column> columns = source.columns();
        List<SelfReference> deferred = new ArrayList<>();
        String primaryKey = source.selfReferences().isEmpty() ? null : singleKey();
        int keyIndex = primaryKey == null ? -1 : source.columnKeys().indexOf(primaryKey) + 1;
        long copied = 0;
        long pendingBytes = 0;
        int pendingRows = 0;
        try (PreparedStatement select = from.prepareStatement(selectSql());
             PreparedStatement insert = to.prepareStatement(insertSql())) {
            select.setFetchSize(FETCH_ROWS);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        Column column = columns.get(i);
                        if (target.selfReferences().contains(column.key())) {
                            Object reference = row.getObject(i + 1);
                            if (reference != null) {
                                deferred.add(new SelfReference(column.key(), row.getObject(keyIndex), reference));
                            }
                            insert.setNull(i + 1, column.jdbcType());
                        } else {
                            pendingBytes += transfer(row, i + 1, column, insert);
                        }
                    }
                    insert.addBatch();
                    copied++;
                    if (++pendingRows >= BATCH_ROWS || pendingBytes >= BATCH_BYTES) {
                        insert.executeBatch();
                        pendingRows = 0;
                        pendingBytes = 0;
                    }
                }
            }
            if (pendingRows > 0) {
                insert.executeBatch();
            }
        }
        restore(deferred, to, primaryKey);
        return copied;
    }

    /**
     * A row that points at another row of its own table is inserted pointing nowhere and set afterwards, so that the
     * order of the rows does not matter.
     */
    private void restore(List<SelfReference> deferred, Connection to, String primaryKey) throws SQLException {
        for (String column : target.selfReferences()) {
            List<SelfReference> mine = deferred.stream().filter(d -> d.column().equals(column)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            String sql = "UPDATE " + target.quoted() + " SET " + target.column(column).quoted() + " = ? WHERE "
                    + target.column(primaryKey).quoted() + " = ?";
            try (PreparedStatement update = to.prepareStatement(sql)) {
                for (SelfReference reference : mine) {
                    update.setObject(1, reference.target());
                    update.setObject(2, reference.row());
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
    }

    private String singleKey() {
        if (source.primaryKey().size() != 1) {
            throw new IllegalStateException("Table " + source.name() + " refers to its own rows but has no "
                    + "single-column primary key to set those references by.");
        }
        return source.primaryKey().get(0);
    }

    private String selectSql() {
        String columns = source.columns().stream().map(Column::quoted).collect(Collectors.joining(", "));
        String order = source.primaryKey().isEmpty() ? ""
                : " ORDER BY " + source.primaryKey().stream().map(k -> source.column(k).quoted())
                .collect(Collectors.joining(", "));
        return "SELECT " + columns + " FROM " + source.quoted() + order;
    }

    private String insertSql() {
        String columns = source.columns().stream().map(c -> target.column(c.key()).quoted())
                .collect(Collectors.joining(", "));
        String values = source.columns().stream().map(c -> "?").collect(Collectors.joining(", "));
        // The rows keep their ids; identity columns declared GENERATED ALWAYS would refuse them without this.
        String override = overridesIdentity ? " OVERRIDING SYSTEM VALUE" : "";
        return "INSERT INTO " + target.quoted() + " (" + columns + ")" + override + " VALUES (" + values + ")";
    }

    /** Binds one value; returns roughly how many bytes it holds, to bound a batch. */
    private static long transfer(ResultSet row, int index, Column column, PreparedStatement insert)
            throws SQLException {
        switch (column.kind()) {
            case TEXT -> {
                String text = row.getString(index);
                if (text == null) {
                    insert.setNull(index, Types.VARCHAR);
                    return 0;
                }
                insert.setString(index, text);
                return 2L * text.length();
            }
            case TIMESTAMP_WITH_TIME_ZONE -> {
                OffsetDateTime instant = row.getObject(index, OffsetDateTime.class);
                setOrNull(insert, index, instant, Types.TIMESTAMP_WITH_TIMEZONE);
                return 16;
            }
            case TIMESTAMP -> {
                LocalDateTime time = row.getObject(index, LocalDateTime.class);
                setOrNull(insert, index, time, Types.TIMESTAMP);
                return 16;
            }
            case BINARY -> {
                byte[] bytes = row.getBytes(index);
                if (bytes == null) {
                    insert.setNull(index, Types.BINARY);
                    return 0;
                }
                insert.setBytes(index, bytes);
                return bytes.length;
            }
            default -> {
                setOrNull(insert, index, row.getObject(index), column.jdbcType());
                return 16;
            }
        }
    }

    private static void setOrNull(PreparedStatement insert, int index, Object value, int nullType)
            throws SQLException {
        if (value == null) {
            insert.setNull(index, nullType);
        } else {
            insert.setObject(index, value);
        }
    }

    private record SelfReference(String column, Object row, Object target) {
    }
}

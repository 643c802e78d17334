package dev.deepcanvas.backend.database.copy;

import java.sql.Types;

/**
 * How a column's values travel from H2 to PostgreSQL. Texts go as strings whatever their declared type (CLOB on H2,
 * the clob domain over text on PostgreSQL), instants with their offset, binary values as bytes; everything else as
 * the object the source driver returns.
 */
enum ColumnKind {
    TEXT,
    TIMESTAMP_WITH_TIME_ZONE,
    TIMESTAMP,
    BINARY,
    OTHER;

    static ColumnKind of(int jdbcType) {
        return switch (jdbcType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                 Types.LONGNVARCHAR, Types.NCLOB -> TEXT;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_WITH_TIME_ZONE;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> OTHER;
        };
    }
}

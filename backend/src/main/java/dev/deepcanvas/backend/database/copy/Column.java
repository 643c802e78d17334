package dev.deepcanvas.backend.database.copy;

import java.util.Locale;

/**
 * A column of a table, as one database names it.
 *
 * @param name     its name as the database reports it (H2 upper case, PostgreSQL lower case), quoted in SQL as is
 * @param jdbcType its {@link java.sql.Types} code on that database
 */
record Column(String name, int jdbcType) {

    /** The name both databases share: unquoted identifiers are case-insensitive on both. */
    String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    String quoted() {
        return Tables.quote(name);
    }

    ColumnKind kind() {
        return ColumnKind.of(jdbcType);
    }
}

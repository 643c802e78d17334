package dev.deepcanvas.backend.database;

import dev.deepcanvas.db.schema.SchemaMigrations;

import java.util.List;

/**
 * What the schema DeepCanvas would use in a PostgreSQL database holds: its tables, and if Flyway manages it, the
 * script its history starts with.
 *
 * @param schema         the schema tables are created in (the first one on the user's search path)
 * @param tables         its tables, lower case, sorted
 * @param firstScript    the script of version 1 in its Flyway history, or null without one
 * @param mayCreate      whether the user may create tables in it
 */
public record SchemaContents(String schema, List<String> tables, String firstScript, boolean mayCreate) {

    /** No tables, or only the empty history a first migration left behind when it failed. */
    public boolean isEmpty() {
        return tables.isEmpty() || tables.equals(List.of(SchemaMigrations.HISTORY_TABLE)) && firstScript == null;
    }

    /** Made by DeepCanvas's migrations (possibly an older or newer version of them). */
    public boolean isDeepCanvas() {
        return tables.contains(SchemaMigrations.HISTORY_TABLE) && SchemaMigrations.FIRST_SCRIPT.equals(firstScript);
    }

    /**
     * Refuses a schema DeepCanvas must not write to: one holding another application's tables, or an empty one the
     * user may not create tables in (on PostgreSQL 15 only the database's owner may, by default).
     */
    public void requireUsable(DatabaseAddress address) {
        if (!isEmpty() && !isDeepCanvas()) {
            String what = tables.contains(SchemaMigrations.HISTORY_TABLE)
                    ? "another application's schema (its migration history starts with "
                    + (firstScript == null ? "nothing" : firstScript) + ")"
                    : (tables.size() == 1 ? "a table that is not DeepCanvas's (" : tables.size()
                    + " tables that are not DeepCanvas's (") + sample(tables) + ")";
            throw new DatabaseProblem("The database " + address.shown() + " holds " + what + " in schema " + schema
                    + ". Give DeepCanvas an empty database of its own (docs/postgresql.md); nothing was changed.");
        }
        if (isEmpty() && !mayCreate) {
            throw new DatabaseProblem("User '" + address.user() + "' may not create tables in schema " + schema
                    + " of " + address.shown() + ". Make the user the database's owner (ALTER DATABASE ... OWNER TO "
                    + address.user() + ") or grant it CREATE on the schema.");
        }
    }

    private static String sample(List<String> names) {
        List<String> first = names.subList(0, Math.min(3, names.size()));
        return String.join(", ", first) + (names.size() > first.size() ? ", …" : "");
    }
}

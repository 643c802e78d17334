package dev.deepcanvas.backend.database.copy;

import dev.deepcanvas.db.schema.SchemaMigrations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of one schema, read from the database's own metadata rather than from a list in this code, so that a
 * copy takes every table the migrations have made, including those of later versions. Flyway's history is not
 * among them: each database keeps its own.
 */
final class Tables {

    private final Map<String, Table> byKey;

    private Tables(Map<String, Table> byKey) {
        this.byKey = byKey;
    }

    static Tables read(Connection connection, String schema) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> names = new ArrayList<>();
        // H2 2 calls tables "BASE TABLE", PostgreSQL "TABLE".
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(SchemaMigrations.HISTORY_TABLE)) {
                    names.add(name);
                }
            }
        }
        Map<String, Table> tables = new TreeMap<>();
        for (String name : names) {
            Table table = describe(meta, schema, name);
            tables.put(table.key(), table);
        }
        return new Tables(tables);
    }

    Set<String> keys() {
        return byKey.keySet();
    }

    Table get(String key) {
        Table table = byKey.get(key);
        if (table == null) {
            throw new IllegalArgumentException("no table " + key);
        }
        return table;
    }

    /**
     * Every table after the tables its foreign keys point to, so that rows can be inserted with their keys checked;
     * ties in name order, for a stable output.
     */
    List<Table> inCopyOrder() {
        Map<String, Set<String>> waitingFor = new LinkedHashMap<>();
        byKey.values().forEach(t -> waitingFor.put(t.key(), new TreeSet<>(t.parents())));
        List<Table> ordered = new ArrayList<>();
        while (!waitingFor.isEmpty()) {
            String next = waitingFor.entrySet().stream()
                    .filter(e -> e.getValue().stream().noneMatch(waitingFor::containsKey))
                    .map(Map.Entry::getKey).min(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("The foreign keys between the tables "
                            + waitingFor.keySet() + " form a cycle; they cannot be copied one after the other."));
            waitingFor.remove(next);
            ordered.add(byKey.get(next));
        }
        return ordered;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static Table describe(DatabaseMetaData meta, String schema, String name) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(null, schema, name, "%")) {
            TreeMap<Integer, Column> ordered = new TreeMap<>();
            while (rows.next()) {
                ordered.put(rows.getInt("ORDINAL_POSITION"),
                        new Column(rows.getString("COLUMN_NAME"), rows.getInt("DATA_TYPE")));
            }
            columns.addAll(ordered.values());
        }
        TreeMap<Short, String> key = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, schema, name)) {
            while (rows.next()) {
                key.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        Set<String> parents = new HashSet<>();
        Set<String> selfReferences = new HashSet<>();
        try (ResultSet rows = meta.getImportedKeys(null, schema, name)) {
            while (rows.next()) {
                String parent = rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (parent.equalsIgnoreCase(name)) {
                    selfReferences.add(rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                } else {
                    parents.add(parent);
                }
            }
        }
        return new Table(name, List.copyOf(columns), List.copyOf(key.values()), Set.copyOf(parents),
                Set.copyOf(selfReferences));
    }
}

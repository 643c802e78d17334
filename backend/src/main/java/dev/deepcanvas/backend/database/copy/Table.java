package dev.deepcanvas.backend.database.copy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A table of the schema, as one database describes it.
 *
 * @param name           its name as the database reports it
 * @param columns        its columns, in their declared order
 * @param primaryKey     the keys of its primary key columns, in key order
 * @param parents        the keys of the other tables its foreign keys point to
 * @param selfReferences the keys of its columns that point at its own rows (a fork at its original graph)
 */
record Table(String name, List<Column> columns, List<String> primaryKey, Set<String> parents,
             Set<String> selfReferences) {

    String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    String quoted() {
        return Tables.quote(name);
    }

    Column column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + key + " in " + name));
    }

    List<String> columnKeys() {
        return columns.stream().map(Column::key).toList();
    }
}

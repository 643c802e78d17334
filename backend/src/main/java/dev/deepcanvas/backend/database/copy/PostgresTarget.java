package dev.deepcanvas.backend.database.copy;

import dev.deepcanvas.backend.database.DatabaseAddress;
import dev.deepcanvas.backend.database.DatabaseProblem;
import dev.deepcanvas.backend.database.PostgresSchemaCheck;
import dev.deepcanvas.backend.database.SchemaContents;
import dev.deepcanvas.db.schema.SchemaMigrations;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The PostgreSQL database a copy goes to: checked, given DeepCanvas's schema, and checked again under lock. */
final class PostgresTarget {

    private final DatabaseAddress address;
    private final String credentials;

    PostgresTarget(DatabaseAddress address, String credentials) {
        this.address = address;
        this.credentials = credentials;
    }

    DatabaseAddress address() {
        return address;
    }

    /**
     * Refuses a database that holds another application's tables, then creates or upgrades DeepCanvas's schema in
     * it with the application's own migrations.
     *
     * @return the schema version it has now
     */
    String prepare() {
        SchemaContents contents = PostgresSchemaCheck.inspect(address, credentials);
        contents.requireUsable(address);
        if (contents.isDeepCanvas()) {
            // Before migrating, so that a refused database is left exactly as it was.
            try (Connection connection = address.connect()) {
                refuseFilled(connection, Tables.read(connection, contents.schema()));
            } catch (SQLException e) {
                throw new DatabaseProblem("Cannot count the rows already in " + address.shown() + ": "
                        + e.getMessage(), e);
            }
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(address.url(), address.user(),
                address.password());
        var flyway = SchemaMigrations.on(dataSource);
        flyway.migrate();
        MigrationInfo current = flyway.info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    /** A connection for the copy: one transaction, inserts batched into multi-row statements by the driver. */
    Connection connectForCopy() throws SQLException {
        Properties options = new Properties();
        options.setProperty("reWriteBatchedInserts", "true");
        Connection connection = address.connect(options);
        connection.setAutoCommit(false);
        return connection;
    }

    String schema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_schema()")) {
            row.next();
            return row.getString(1);
        }
    }

    /**
     * Locks the tables against other writers until the copy commits, then makes sure they are still empty: a copy
     * never mixes its rows with rows someone else made.
     */
    void lockEmpty(Connection connection, Tables tables) throws SQLException {
        String list = tables.keys().stream().map(k -> tables.get(k).quoted()).collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE " + list + " IN EXCLUSIVE MODE");
        }
        refuseFilled(connection, tables);
    }

    private void refuseFilled(Connection connection, Tables tables) throws SQLException {
        Map<String, Long> filled = new TreeMap<>();
        for (String key : tables.keys()) {
            long rows = RowCounts.count(connection, tables.get(key));
            if (rows > 0) {
                filled.put(key, rows);
            }
        }
        if (!filled.isEmpty()) {
            String what = filled.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
            throw new DatabaseProblem("The database " + address.shown() + " already holds DeepCanvas data (" + what
                    + " rows). The copy only fills an empty database; nothing was changed. To copy again, drop and "
                    + "create the database (docs/postgresql.md).");
        }
    }

    /** The identity (or serial) columns of each table, whose sequences must continue after the copied ids. */
    Map<String, Set<String>> identityColumns(Connection connection, String schema) throws SQLException {
        Map<String, Set<String>> identities = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT table_name, column_name FROM "
                + "information_schema.columns WHERE table_schema = ? "
                + "AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    identities.computeIfAbsent(rows.getString(1).toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                            .add(rows.getString(2));
                }
            }
        }
        return identities;
    }

    /** Sets each identity sequence so that the next row gets the id after the largest copied one. */
    void continueSequences(Connection connection, String schema, Table table, Set<String> identityColumns)
            throws SQLException {
        String qualified = Tables.quote(schema) + "." + table.quoted();
        for (String column : List.copyOf(identityColumns)) {
            String sql = "SELECT setval(pg_get_serial_sequence(?, ?), COALESCE(MAX(" + Tables.quote(column)
                    + "), 0) + 1, false) FROM " + table.quoted();
            try (PreparedStatement reset = connection.prepareStatement(sql)) {
                reset.setString(1, qualified);
                reset.setString(2, column);
                reset.executeQuery().close();
            }
        }
    }
}

package dev.deepcanvas.backend.database;

import dev.deepcanvas.db.schema.SchemaMigrations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks at a PostgreSQL database before DeepCanvas uses it: can it connect, and what does the schema it would write
 * to hold? Whatever goes wrong becomes a {@link DatabaseProblem} with one clear sentence, so that a wrong address,
 * password or database stops start-up (or a copy) with that sentence instead of a stack trace.
 */
public final class PostgresSchemaCheck {

    private PostgresSchemaCheck() {
    }

    /**
     * Connects and reads what the schema holds.
     *
     * @param credentials where the user and password came from, named in the message when they are refused
     */
    public static SchemaContents inspect(DatabaseAddress address, String credentials) {
        if (!address.isPostgres()) {
            throw new DatabaseProblem("'" + address.shown() + "' is not a PostgreSQL address; write it as "
                    + "jdbc:postgresql://host:5432/database.");
        }
        try (Connection connection = connect(address, credentials)) {
            return contents(connection);
        } catch (SQLException e) {
            throw new DatabaseProblem("Cannot read what the database " + address.shown() + " holds: "
                    + e.getMessage(), e);
        }
    }

    /** {@link #inspect} and {@link SchemaContents#requireUsable}: what the application checks before it starts. */
    public static SchemaContents requireUsable(DatabaseAddress address, String credentials) {
        SchemaContents contents = inspect(address, credentials);
        contents.requireUsable(address);
        return contents;
    }

    static Connection connect(DatabaseAddress address, String credentials) {
        // Before Spring routes java.util.logging to the log file, the driver's warnings (a bad port, say) would reach
        // the terminal beside the one line that explains them.
        Logger driverLog = Logger.getLogger("org.postgresql");
        Level level = driverLog.getLevel();
        driverLog.setLevel(Level.OFF);
        try {
            try {
                // The driver accepts exactly the addresses it can parse; asking first tells a garbled address from a
                // server that cannot be reached.
                DriverManager.getDriver(address.url());
            } catch (SQLException unparsable) {
                throw new DatabaseProblem("'" + address.shown() + "' is not an address the PostgreSQL driver "
                        + "understands; write it as jdbc:postgresql://host:5432/database.", unparsable);
            }
            try {
                return address.connect();
            } catch (SQLException e) {
                throw ConnectionFailures.explain(e, address, credentials);
            }
        } finally {
            driverLog.setLevel(level);
        }
    }

    private static SchemaContents contents(Connection connection) throws SQLException {
        String schema;
        boolean mayCreate;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_schema(), "
                     + "current_schema() IS NOT NULL AND has_schema_privilege(current_schema(), 'CREATE')")) {
            row.next();
            schema = row.getString(1);
            mayCreate = row.getBoolean(2);
        }
        if (schema == null) {
            throw new DatabaseProblem("No schema on the user's search_path exists in this database, so there is "
                    + "nowhere to create DeepCanvas's tables. Create the schema or correct search_path.");
        }
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        String firstScript = null;
        if (tables.contains(SchemaMigrations.HISTORY_TABLE)) {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT script FROM " + SchemaMigrations.HISTORY_TABLE
                         + " WHERE version = '1'")) {
                firstScript = row.next() ? row.getString(1) : null;
            }
        }
        return new SchemaContents(schema, List.copyOf(tables), firstScript, mayCreate);
    }
}

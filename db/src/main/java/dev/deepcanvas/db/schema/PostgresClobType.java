package dev.deepcanvas.db.schema;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Lets the same migrations run on PostgreSQL as on H2. V1–V5 declare long text columns as {@code CLOB}, which is
 * H2's (and the SQL standard's) name for them but no type at all in PostgreSQL. Those files cannot change: every
 * existing H2 installation has their checksums in its schema history, and Flyway refuses to start on a mismatch.
 *
 * <p>So, on PostgreSQL only, right before a migration runs, this creates {@code clob} as a domain over {@code text}
 * (PostgreSQL's unlimited text type) in the schema the migrations write to, when no such type is visible yet. A
 * {@code CLOB} column is then a plain {@code text} column under another name: no large objects, read and written as
 * strings, with no length limit. The alternative, a second copy of V1–V5 for PostgreSQL in a vendor-specific location,
 * would leave two histories of the schema to keep in step; this keeps one, and later migrations are written once,
 * in SQL both databases accept.
 *
 * <p>It runs before each migration rather than once before migrating, so that it never touches a database Flyway
 * refuses (one holding another application's tables) and costs one look-up per migration applied.
 */
public final class PostgresClobType implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE && isPostgres(context.getConnection());
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            // to_regtype resolves the name through the search path, exactly as the migration's CLOB will be.
            boolean present;
            try (ResultSet found = statement.executeQuery("SELECT to_regtype('clob') IS NOT NULL")) {
                present = found.next() && found.getBoolean(1);
            }
            if (!present) {
                statement.execute("CREATE DOMAIN clob AS text");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the clob type (text) the migrations use on PostgreSQL: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "postgres-clob-type";
    }

    private static boolean isPostgres(Connection connection) {
        try {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database Flyway migrates: " + e.getMessage(), e);
        }
    }
}

package dev.deepcanvas.backend.training.run;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;

/**
 * Tells a database that is away (stopped, restarting, out of reach) from a write that is wrong. Only the first kind
 * is worth waiting for: the same write succeeds once the database answers again.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether anything in the chain of causes says the connection to the database failed or could not be made. */
    static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || closedByPool(sql))) {
                return true;
            }
            if (t instanceof JDBCConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pool (HikariCP) closes a connection it has just found broken; a rollback on it then fails with "Connection is
     * closed" and no SQL state, and that failure replaces the original one (08006) in the exception that reaches us.
     */
    private static boolean closedByPool(SQLException sql) {
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception) and PostgreSQL's 57P01-57P03
     * (terminated by an administrator, crash shutdown, cannot connect now: the server is stopping or starting).
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}

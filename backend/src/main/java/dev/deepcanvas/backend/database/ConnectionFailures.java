package dev.deepcanvas.backend.database;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Turns a failed connection to PostgreSQL into one sentence that says what is wrong and what to check. The driver's
 * SQLSTATE codes decide, not its (localised) message texts.
 */
public final class ConnectionFailures {

    private ConnectionFailures() {
    }

    /**
     * @param credentials where the user and password came from, for the hint (for example
     *                    "DEEPCANVAS_DB_USER and DEEPCANVAS_DB_PASSWORD")
     */
    public static DatabaseProblem explain(SQLException failure, DatabaseAddress address, String credentials) {
        String where = "PostgreSQL at " + address.shown();
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        String message = switch (state) {
            case "28P01" -> where + " refused the password of user '" + address.user() + "'. Check " + credentials + ".";
            case "28000" -> where + " does not let user '" + address.user() + "' in from this machine ("
                    + firstLine(failure) + "). Check " + credentials + " and the server's pg_hba.conf.";
            case "3D000" -> "The database named in " + address.shown() + " does not exist on that server. Create it "
                    + "(docs/postgresql.md: CREATE DATABASE ... OWNER ...) or correct the address.";
            case "53300" -> where + " has no free connections (" + firstLine(failure) + "). Raise its "
                    + "max_connections or stop some of its clients.";
            case "57P03" -> where + " is starting up or shutting down; try again in a moment.";
            case "08P01" -> "The server at " + address.shown() + " does not speak PostgreSQL's protocol; check the "
                    + "host and port.";
            case "08001", "08004", "08006" -> unreachable(failure, address);
            default -> "Cannot connect to " + where + ": " + firstLine(failure);
        };
        return new DatabaseProblem(message, failure);
    }

    private static String unreachable(SQLException failure, DatabaseAddress address) {
        String where = address.shown();
        if (find(failure, UnknownHostException.class) != null) {
            return "Cannot reach PostgreSQL at " + where + ": the host name " + find(failure, UnknownHostException.class)
                    .getMessage() + " is unknown. Check the address.";
        }
        if (find(failure, SocketTimeoutException.class) != null) {
            return "Cannot reach PostgreSQL at " + where + ": no answer within the connection timeout. Check the "
                    + "address, the network and any firewall in between.";
        }
        if (find(failure, ConnectException.class) != null) {
            return "Cannot reach PostgreSQL at " + where + ": nothing accepts connections there. Is the server "
                    + "running and listening on that host and port?";
        }
        return "Cannot reach PostgreSQL at " + where + ": " + firstLine(failure);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String firstLine(Throwable failure) {
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}

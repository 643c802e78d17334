package dev.deepcanvas.app.startup;

import dev.deepcanvas.backend.database.ConnectionFailures;
import dev.deepcanvas.backend.node.NodeStartupRefusal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Turns whatever stopped the start into one line for the terminal. The full trace goes to a file in the data
 * folder, for a bug report, never to the screen.
 */
public final class StartupFailure {

    static final String DETAILS_FILE = "startup-error.log";

    private StartupFailure() {
    }

    public static String explain(Throwable failure, StartupSettings settings) {
        return explain(failure, settings, StartupDatabase.embedded(settings));
    }

    public static String explain(Throwable failure, StartupSettings settings, StartupDatabase startupDatabase) {
        String detailsNote = writeDetails(failure, settings.dataDir());
        StartupProblem problem = find(failure, StartupProblem.class);
        if (problem != null) {
            return "DeepCanvas did not start: " + problem.getMessage();
        }
        NodeStartupRefusal refusal = find(failure, NodeStartupRefusal.class);
        if (refusal != null) {
            return "DeepCanvas did not start: " + refusal.getMessage();
        }
        if (failure instanceof IllegalArgumentException) {
            return "DeepCanvas did not start: " + failure.getMessage();
        }
        if (startupDatabase.isPostgres()) {
            // The server went away, or refused us, after the check before start-up passed.
            SQLException connection = connectionFailure(failure);
            if (connection != null) {
                return "DeepCanvas did not start: " + ConnectionFailures.explain(connection,
                        startupDatabase.postgres(), StartupDatabase.CREDENTIALS).getMessage() + detailsNote;
            }
        }
        String all = allMessages(failure).toLowerCase(Locale.ROOT);
        Path database = settings.dataDir().resolve("deepcanvas.mv.db");
        if (!startupDatabase.isPostgres() && (all.contains("database may be already in use")
                || all.contains("locked by another process"))) {
            return "DeepCanvas did not start: the database " + database + " is in use by another program. "
                    + "Stop it, or set DEEPCANVAS_DATA_DIR to another folder." + detailsNote;
        }
        if (!startupDatabase.isPostgres() && (all.contains("corrupt") || all.contains("not a valid")
                || all.contains("file header") || all.contains("unsupported database file") || all.contains("magic"))) {
            return "DeepCanvas did not start: the database file " + database + " is damaged or is not a DeepCanvas "
                    + "database; it was left untouched. Restore it from a backup, or move it away to start with an "
                    + "empty database." + detailsNote;
        }
        if (all.contains("address already in use") || all.contains("port") && all.contains("in use")) {
            return "DeepCanvas did not start: port " + settings.port() + " is already in use. "
                    + "Start it on another port, for example with SERVER_PORT=8081." + detailsNote;
        }
        if (all.contains("migration") || all.contains("flyway") || all.contains("schema-validation")) {
            return "DeepCanvas did not start: " + startupDatabase.describe() + " was made by another version of "
                    + "DeepCanvas and cannot be upgraded automatically; it was left untouched." + detailsNote;
        }
        return "DeepCanvas did not start: " + rootMessage(failure) + "." + detailsNote;
    }

    private static String writeDetails(Throwable failure, Path dataDir) {
        try {
            if (!Files.isDirectory(dataDir)) {
                return "";
            }
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            Path file = dataDir.resolve(DETAILS_FILE);
            Files.writeString(file, trace.toString());
            return " (Details: " + file + ")";
        } catch (IOException | SecurityException e) {
            return "";
        }
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** A failure to connect or sign in: SQLSTATE class 08 (connection), 28 (authorisation), 3D, 53 or 57P. */
    private static SQLException connectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("28") || state.equals("3D000")
                        || state.equals("53300") || state.startsWith("57P")) {
                    return sql;
                }
            }
        }
        return null;
    }

    private static String allMessages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append(' ');
        }
        return all.toString();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}

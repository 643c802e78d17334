package dev.deepcanvas.backend.database.copy;

import dev.deepcanvas.backend.database.DatabaseAddress;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code copy-to-postgres} was asked to do: the data folder whose H2 database to copy and the PostgreSQL database
 * to copy it to. The password never appears on the command line (where other users of the machine can read it in
 * the process list): the command reads it from the environment variable {@code --password-env} names.
 *
 * @param from        the data folder holding {@code deepcanvas.mv.db}
 * @param target      the PostgreSQL database
 * @param credentials where the user and password came from, for messages
 */
public record CopyOptions(Path from, DatabaseAddress target, String credentials) {

    static final String USAGE = """
            Usage: java -jar deepcanvas.jar copy-to-postgres --from DATA_FOLDER --to jdbc:postgresql://HOST:PORT/DATABASE \
            [--user USER] [--password-env VARIABLE]
              --from          the data folder of the installation to move (the one holding deepcanvas.mv.db)
              --to            the PostgreSQL database to copy into; empty, or made by DeepCanvas with no data yet
                              (default: $DEEPCANVAS_DB_URL)
              --user          the PostgreSQL user (default: $DEEPCANVAS_DB_USER)
              --password-env  the environment variable that holds the user's password (default: DEEPCANVAS_DB_PASSWORD)
            Stop DeepCanvas first. See docs/postgresql.md.""";

    /**
     * Reads the command's arguments (without the command name).
     *
     * @throws IllegalArgumentException naming what is missing or wrong
     */
    public static CopyOptions parse(String[] args, Map<String, String> env) {
        String from = null;
        String to = env.get("DEEPCANVAS_DB_URL");
        String user = env.get("DEEPCANVAS_DB_USER");
        String passwordVariable = "DEEPCANVAS_DB_PASSWORD";
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String inline = null;
            int equals = name.indexOf('=');
            if (name.startsWith("--") && equals > 0) {
                inline = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (name.equals("--password")) {
                throw new IllegalArgumentException("--password is not accepted: a password on the command line can be "
                        + "read by other users of this machine. Put it in an environment variable and name that "
                        + "variable with --password-env.");
            }
            if (!name.equals("--from") && !name.equals("--to") && !name.equals("--user")
                    && !name.equals("--password-env")) {
                throw new IllegalArgumentException("Unknown option '" + args[i] + "'.");
            }
            String value = inline;
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value.");
                }
                value = args[++i];
            }
            switch (name) {
                case "--from" -> from = value;
                case "--to" -> to = value;
                case "--user" -> user = value;
                default -> passwordVariable = value;
            }
        }
        if (isBlank(from)) {
            throw new IllegalArgumentException("Name the data folder to copy from with --from.");
        }
        if (isBlank(to)) {
            throw new IllegalArgumentException("Name the PostgreSQL database to copy to with "
                    + "--to jdbc:postgresql://host:5432/database (or set DEEPCANVAS_DB_URL).");
        }
        if (!to.strip().startsWith(DatabaseAddress.POSTGRES_PREFIX)) {
            throw new IllegalArgumentException("--to must be a PostgreSQL address, jdbc:postgresql://host:5432/database;"
                    + " it is '" + to + "'.");
        }
        if (isBlank(user)) {
            throw new IllegalArgumentException("Name the PostgreSQL user with --user (or set DEEPCANVAS_DB_USER).");
        }
        String password = env.get(passwordVariable);
        if (password == null) {
            throw new IllegalArgumentException("The environment variable " + passwordVariable + " that should hold the "
                    + "password is not set. Export it, or name another one with --password-env.");
        }
        String credentials = "--user and the password in $" + passwordVariable;
        return new CopyOptions(Path.of(from).toAbsolutePath().normalize(), new DatabaseAddress(to, user, password),
                credentials);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

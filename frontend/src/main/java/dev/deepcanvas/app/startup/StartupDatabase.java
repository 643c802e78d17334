package dev.deepcanvas.app.startup;

import dev.deepcanvas.backend.database.DatabaseAddress;
import dev.deepcanvas.backend.database.DatabaseProblem;
import dev.deepcanvas.backend.database.PostgresSchemaCheck;
import dev.deepcanvas.backend.node.DatabaseKind;

import java.util.Map;
import java.util.Properties;

/**
 * The database the app will use, resolved the way Spring will resolve it: the embedded H2 file in the data folder,
 * or the PostgreSQL database that {@code DEEPCANVAS_DB_URL} (property {@code deepcanvas.db.url}) names, signed in to
 * with {@code DEEPCANVAS_DB_USER} and {@code DEEPCANVAS_DB_PASSWORD}. A PostgreSQL database is checked before Spring
 * starts, so that a wrong address, password or database ends start-up with one line.
 */
public final class StartupDatabase {

    static final String CREDENTIALS = "DEEPCANVAS_DB_USER and DEEPCANVAS_DB_PASSWORD";

    /** Null for an H2 database. */
    private final DatabaseAddress postgres;
    private final String description;

    private StartupDatabase(DatabaseAddress postgres, String description) {
        this.postgres = postgres;
        this.description = description;
    }

    /** The H2 file in the data folder, the default. */
    public static StartupDatabase embedded(StartupSettings settings) {
        return new StartupDatabase(null, "the database " + settings.dataDir().resolve("deepcanvas.mv.db"));
    }

    public static StartupDatabase resolve(String[] args, Map<String, String> env, Properties system,
                                          StartupSettings settings) {
        String url = setting(args, env, system, "deepcanvas.db.url", "DEEPCANVAS_DB_URL");
        if (url.isBlank()) {
            return embedded(settings);
        }
        if (url.strip().startsWith("jdbc:h2:")) {
            // An H2 address of one's own (a server, another file): H2 reports its own problems.
            return new StartupDatabase(null, "the database " + new DatabaseAddress(url, "", "").urlWithoutOptions());
        }
        if (!url.strip().startsWith(DatabaseAddress.POSTGRES_PREFIX)) {
            throw new IllegalArgumentException("DEEPCANVAS_DB_URL must name a PostgreSQL database, "
                    + "jdbc:postgresql://host:5432/database (it is '" + new DatabaseAddress(url, "", "").urlWithoutOptions()
                    + "'); leave it unset for the embedded database.");
        }
        String user = setting(args, env, system, "deepcanvas.db.user", "DEEPCANVAS_DB_USER");
        if (user.isBlank()) {
            throw new IllegalArgumentException("DEEPCANVAS_DB_URL names a PostgreSQL database, so DEEPCANVAS_DB_USER "
                    + "must name its user (and DEEPCANVAS_DB_PASSWORD give the password).");
        }
        String password = setting(args, env, system, "deepcanvas.db.password", "DEEPCANVAS_DB_PASSWORD");
        DatabaseAddress address = new DatabaseAddress(url, user, password);
        return new StartupDatabase(address, "the PostgreSQL database " + address.shown());
    }

    public boolean isPostgres() {
        return postgres != null;
    }

    /** Shared by every node (PostgreSQL), or one process's own (H2: its file is locked by the process that opens it). */
    public DatabaseKind kind() {
        return isPostgres() ? DatabaseKind.SHARED : DatabaseKind.EMBEDDED;
    }

    /** Where the data is, for messages: "the database /data/deepcanvas.mv.db", "the PostgreSQL database host:port/name". */
    public String describe() {
        return description;
    }

    /** The PostgreSQL database; only when {@link #isPostgres()}. */
    DatabaseAddress postgres() {
        return postgres;
    }

    /** Nothing to check for H2 (it reports its own problems well); a PostgreSQL one must accept us and hold DeepCanvas or nothing. */
    public void check() {
        if (!isPostgres()) {
            return;
        }
        try {
            PostgresSchemaCheck.requireUsable(postgres, CREDENTIALS);
        } catch (DatabaseProblem problem) {
            throw new StartupProblem(problem.getMessage());
        }
    }

    private static String setting(String[] args, Map<String, String> env, Properties system, String property,
                                  String variable) {
        for (String value : new String[] {StartupSettings.arg(args, property), system.getProperty(property),
                env.get(variable)}) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}

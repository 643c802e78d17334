package dev.deepcanvas.backend.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where a PostgreSQL database is and how to sign in to it: a JDBC address
 * ({@code jdbc:postgresql://host:port/database}), a user and a password.
 */
public record DatabaseAddress(String url, String user, String password) {

    public static final String POSTGRES_PREFIX = "jdbc:postgresql:";

    /** Seconds to wait for the server to accept the connection, and for the whole sign-in. */
    private static final String CONNECT_TIMEOUT_SECONDS = "10";
    private static final String LOGIN_TIMEOUT_SECONDS = "20";

    public DatabaseAddress {
        url = url == null ? "" : url.strip();
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public boolean isPostgres() {
        return url.startsWith(POSTGRES_PREFIX);
    }

    /**
     * The address as people read it, {@code host:port/database}, without the options after {@code ?} (they may hold
     * a password or other secrets).
     */
    public String shown() {
        String rest = isPostgres() ? url.substring(POSTGRES_PREFIX.length()) : url;
        int options = rest.indexOf('?');
        if (options >= 0) {
            rest = rest.substring(0, options);
        }
        return rest.startsWith("//") ? rest.substring(2) : rest;
    }

    /** The JDBC address without its options after {@code ?}, to print where secrets must not appear. */
    public String urlWithoutOptions() {
        int options = url.indexOf('?');
        return options < 0 ? url : url.substring(0, options);
    }

    /** Opens a connection, giving up after a bounded wait when the server does not answer. */
    public Connection connect() throws SQLException {
        return connect(new Properties());
    }

    /** Opens a connection with extra driver settings (for example batching options for a bulk copy). */
    public Connection connect(Properties extra) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(extra);
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        if (isPostgres()) {
            properties.putIfAbsent("connectTimeout", CONNECT_TIMEOUT_SECONDS);
            properties.putIfAbsent("loginTimeout", LOGIN_TIMEOUT_SECONDS);
        }
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public String toString() {
        // Never the password: addresses end up in logs and messages.
        return "DatabaseAddress[" + shown() + ", user " + user + "]";
    }
}

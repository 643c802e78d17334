package dev.deepcanvas.db.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A database a test may use as it likes: where it is and how to sign in. */
public record TestDatabase(String url, String user, String password) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}

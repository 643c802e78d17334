package dev.deepcanvas.db.testing;

/**
 * Whether the build asked for the database tests to run on PostgreSQL: the system property
 * {@code deepcanvas.test.database=postgresql}, which the {@code postgresql} Surefire execution of db and backend sets.
 */
public final class DatabaseSelection {

    public static final String PROPERTY = "deepcanvas.test.database";

    private DatabaseSelection() {
    }

    public static boolean postgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "h2"));
    }
}

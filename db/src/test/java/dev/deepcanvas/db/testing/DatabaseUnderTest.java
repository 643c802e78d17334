package dev.deepcanvas.db.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;

/**
 * Which database the database tests run on: an H2 file, as the application uses by default, or, when the build
 * sets the system property {@code deepcanvas.test.database=postgresql} (the second Surefire execution of db and
 * backend), a new database on the {@link PostgresTestServer}. The same tests, the same assertions, either way.
 */
public final class DatabaseUnderTest {

    public static final String SELECTION_PROPERTY = "deepcanvas.test.database";

    private DatabaseUnderTest() {
    }

    public static boolean postgresSelected() {
        return "postgresql".equalsIgnoreCase(System.getProperty(SELECTION_PROPERTY, "h2"));
    }

    /**
     * Points the Spring context being built at a fresh database: the H2 file {@code h2File} (a path without the
     * {@code .mv.db} ending) or a new PostgreSQL database named after {@code purpose}. Called from a
     * {@code @DynamicPropertySource} method, which Spring runs once per context it builds.
     */
    public static TestDatabase register(DynamicPropertyRegistry registry, Path h2File, String purpose) {
        TestDatabase database = create(h2File, purpose);
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        if (database.isPostgres()) {
            // Cached test contexts keep their pools open; small pools keep many contexts within the server's limit.
            registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        }
        return database;
    }

    /** A fresh database of the selected kind, for tests that talk JDBC themselves. */
    public static TestDatabase create(Path h2File, String purpose) {
        if (postgresSelected()) {
            return PostgresTestServer.createDatabase(purpose);
        }
        return new TestDatabase("jdbc:h2:file:" + h2File + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }
}

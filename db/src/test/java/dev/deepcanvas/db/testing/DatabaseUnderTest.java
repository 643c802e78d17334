package dev.deepcanvas.db.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;

/**
 * The database a database test runs on: an H2 file, as the application uses by default, or, when the build selects
 * PostgreSQL ({@link DatabaseSelection}), a new database on the {@link PostgresTestServer}. The same tests, the same
 * assertions, either way.
 */
public final class DatabaseUnderTest {

    private DatabaseUnderTest() {
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
        if (DatabaseSelection.postgres()) {
            return PostgresTestServer.createDatabase(purpose);
        }
        return new TestDatabase("jdbc:h2:file:" + h2File + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }
}

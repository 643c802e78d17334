package dev.deepcanvas.db.schema;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * The schema's migrations configured as the application runs them (Spring Boot's defaults plus
 * {@link PostgresClobType}), for tools that work on a database without starting the application.
 */
public final class SchemaMigrations {

    /** Where the versioned scripts live; Spring Boot's default, which the application uses. */
    public static final String LOCATION = "classpath:db/migration";

    private SchemaMigrations() {
    }

    public static Flyway on(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .callbacks(new PostgresClobType())
                .load();
    }
}

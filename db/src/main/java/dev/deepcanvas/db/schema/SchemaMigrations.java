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

    /** Flyway's record of the migrations applied to a database (its default name). */
    public static final String HISTORY_TABLE = "flyway_schema_history";

    /** The script of version 1: a schema history that starts with another script belongs to another application. */
    public static final String FIRST_SCRIPT = "V1__graphs_and_runs.sql";

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

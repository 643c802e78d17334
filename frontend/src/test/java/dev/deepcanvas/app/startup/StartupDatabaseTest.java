package dev.deepcanvas.app.startup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void withoutADatabaseAddressTheAppUsesItsH2FileAndChecksNothing() {
        StartupDatabase database = resolve(new String[0], Map.of(), new Properties());

        assertThat(database.isPostgres()).isFalse();
        assertThat(database.describe()).isEqualTo("the database " + dir.resolve("deepcanvas.mv.db"));
        database.check();
    }

    @Test
    void thePostgresAddressComesFromTheEnvironmentAndTheCommandLineWins() {
        Map<String, String> env = Map.of("DEEPCANVAS_DB_URL", "jdbc:postgresql://db.example:5432/env?ssl=true",
                "DEEPCANVAS_DB_USER", "deepcanvas", "DEEPCANVAS_DB_PASSWORD", "secret");

        StartupDatabase fromEnvironment = resolve(new String[0], env, new Properties());
        StartupDatabase fromArguments = resolve(new String[] {"--deepcanvas.db.url=jdbc:postgresql://other:5433/args"},
                env, new Properties());

        assertThat(fromEnvironment.isPostgres()).isTrue();
        assertThat(fromEnvironment.describe()).isEqualTo("the PostgreSQL database db.example:5432/env");
        assertThat(fromEnvironment.postgres().password()).isEqualTo("secret");
        assertThat(fromArguments.describe()).isEqualTo("the PostgreSQL database other:5433/args");
    }

    @Test
    void anAddressOfAnotherDatabaseIsRefused() {
        assertThatThrownBy(() -> resolve(new String[0], Map.of("DEEPCANVAS_DB_URL", "jdbc:mysql://db/dc?password=x"),
                new Properties()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DEEPCANVAS_DB_URL must name a PostgreSQL database, jdbc:postgresql://host:5432/database "
                        + "(it is 'jdbc:mysql://db/dc'); leave it unset for the embedded database.");
    }

    @Test
    void aPostgresAddressNeedsAUser() {
        assertThatThrownBy(() -> resolve(new String[0], Map.of("DEEPCANVAS_DB_URL", "jdbc:postgresql://db/dc"),
                new Properties()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DEEPCANVAS_DB_USER must name its user");
    }

    /** A server that refuses us after the check passed still ends in one line, from the driver's SQLSTATE. */
    @Test
    void aConnectionFailureDuringStartIsOneLineNamingTheServer() {
        StartupSettings settings = new StartupSettings(8080, dir);
        StartupDatabase database = resolve(new String[0], Map.of("DEEPCANVAS_DB_URL",
                "jdbc:postgresql://db.example:5432/dc", "DEEPCANVAS_DB_USER", "dc"), new Properties());
        RuntimeException failure = new RuntimeException("Error creating bean with name 'flyway'",
                new SQLException("FATAL: password authentication failed for user \"dc\"", "28P01"));

        String line = StartupFailure.explain(failure, settings, database);

        assertThat(line).doesNotContain("\n").startsWith("DeepCanvas did not start: PostgreSQL at "
                + "db.example:5432/dc refused the password of user 'dc'. Check DEEPCANVAS_DB_USER and "
                + "DEEPCANVAS_DB_PASSWORD.");
    }

    @Test
    void aSchemaFromAnotherVersionNamesThePostgresDatabase() {
        StartupSettings settings = new StartupSettings(8080, dir);
        StartupDatabase database = resolve(new String[0], Map.of("DEEPCANVAS_DB_URL",
                "jdbc:postgresql://db.example:5432/dc", "DEEPCANVAS_DB_USER", "dc"), new Properties());

        String line = StartupFailure.explain(new IllegalStateException("Validate failed: Migrations have failed "
                + "validation"), settings, database);

        assertThat(line).startsWith("DeepCanvas did not start: the PostgreSQL database db.example:5432/dc was made by "
                + "another version of DeepCanvas");
    }

    private StartupDatabase resolve(String[] args, Map<String, String> env, Properties system) {
        return StartupDatabase.resolve(args, env, system, new StartupSettings(8080, dir));
    }
}

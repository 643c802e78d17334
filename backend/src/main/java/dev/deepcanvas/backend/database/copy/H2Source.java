package dev.deepcanvas.backend.database.copy;

import dev.deepcanvas.backend.database.DatabaseProblem;
import dev.deepcanvas.db.schema.SchemaMigrations;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The embedded H2 database of a data folder, the copy's source. Before the copy it is brought to this version's
 * schema, exactly as starting this version of DeepCanvas on the folder would, so that both sides have the same
 * tables.
 */
final class H2Source implements AutoCloseable {

    static final String FILE_NAME = "deepcanvas.mv.db";
    /** H2's error codes for a database another process holds open, and for a damaged or foreign file. */
    private static final int ALREADY_OPEN = 90020;
    private static final int FILE_CORRUPTED = 90030;
    private static final int FILE_VERSION_ERROR = 90048;

    private final Path folder;
    private final DriverManagerDataSource dataSource;
    /**
     * Held from opening to closing: it keeps the file locked against a DeepCanvas started meanwhile, and keeps H2 from
     * closing and reopening the database between the steps of the copy.
     */
    private Connection held;

    private H2Source(Path folder) {
        this.folder = folder;
        // The application's own address for the file; IFEXISTS so that a wrong folder never creates an empty one.
        this.dataSource = new DriverManagerDataSource(
                "jdbc:h2:file:" + folder.resolve("deepcanvas") + ";IFEXISTS=TRUE", "sa", "");
    }

    /** Opens the database of a data folder, refusing a folder without one or a database another program holds. */
    static H2Source open(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DatabaseProblem("The data folder " + folder + " does not exist.");
        }
        if (!Files.isRegularFile(folder.resolve(FILE_NAME))) {
            throw new DatabaseProblem("The folder " + folder + " holds no DeepCanvas database (no " + FILE_NAME
                    + "). Name the data folder DeepCanvas ran with (DEEPCANVAS_DATA_DIR, ./data by default).");
        }
        H2Source source = new H2Source(folder);
        source.held = source.connect();
        return source;
    }

    Path folder() {
        return folder;
    }

    Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw explain(e);
        }
    }

    /**
     * Checks the file is a DeepCanvas database this version can read and applies the migrations it lacks.
     *
     * @return the schema version before, or null when it was already this version's
     */
    String upgrade() {
        Flyway flyway = SchemaMigrations.on(dataSource);
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        if (current == null) {
            throw new DatabaseProblem("The database in " + folder + " was not made by DeepCanvas (it has no "
                    + "DeepCanvas schema history).");
        }
        boolean newer = Arrays.stream(info.applied()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            throw new DatabaseProblem("The database in " + folder + " was made by a newer DeepCanvas (schema version "
                    + current.getVersion() + "). Copy it with that version's copy-to-postgres.");
        }
        if (info.pending().length == 0) {
            return null;
        }
        flyway.migrate();
        return current.getVersion().getVersion();
    }

    @Override
    public void close() {
        try {
            held.close();
        } catch (SQLException e) {
            // Only a read lock on a file the process is about to let go of anyway.
        }
    }

    /** The schema version the database has now. */
    String version() {
        MigrationInfo current = SchemaMigrations.on(dataSource).info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    private DatabaseProblem explain(SQLException e) {
        Path file = folder.resolve(FILE_NAME);
        return switch (e.getErrorCode()) {
            case ALREADY_OPEN -> new DatabaseProblem("The database " + file + " is in use by another program, "
                    + "probably DeepCanvas itself. Stop it first: the copy needs the database to itself.", e);
            case FILE_CORRUPTED, FILE_VERSION_ERROR -> new DatabaseProblem("The database file " + file
                    + " is damaged or is not a DeepCanvas database.", e);
            default -> new DatabaseProblem("Cannot open the database " + file + ": " + firstLine(e), e);
        };
    }

    private static String firstLine(SQLException e) {
        String text = String.valueOf(e.getMessage());
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}

package dev.deepcanvas.backend.database.copy;

import dev.deepcanvas.backend.database.DatabaseProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code java -jar deepcanvas.jar copy-to-postgres --from DATA --to jdbc:postgresql://... --user U
 * [--password-env VAR]}: moves an installation's embedded H2 database to an empty PostgreSQL database, without
 * starting the web server.
 *
 * <p>Both sides get this version's schema first (the application's own migrations). Then every table is copied in
 * one PostgreSQL transaction, parents before children, with its ids as they are, and the identity sequences are set
 * to continue after the largest id. A failure leaves PostgreSQL without any of the rows. Afterwards the rows of every
 * table are counted on both sides; any difference makes the command fail. Files (models, checkpoints, uploaded
 * datasets) stay in the data folder.
 *
 * <p>Exit status: 0 copied and counted equal, 1 refused or failed (the reason on standard error), 2 wrong usage.
 */
public final class CopyToPostgres {

    public static final String COMMAND = "copy-to-postgres";
    static final String LOG_FILE = "copy-to-postgres.log";

    private final CopyOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final Path logFile;
    /** Whether the copied rows have been committed, for what a failure says about PostgreSQL's contents. */
    private boolean committed;

    private CopyToPostgres(CopyOptions options, PrintStream out, PrintStream err, Path logFile) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.logFile = logFile;
    }

    /**
     * The command as the jar's main runs it: its log goes to {@code logs/copy-to-postgres.log} in the data folder,
     * set up before anything logs.
     */
    public static int runFromCommandLine(String[] args, Map<String, String> env) {
        CopyOptions options;
        try {
            options = CopyOptions.parse(args, env);
        } catch (IllegalArgumentException wrong) {
            System.err.println(COMMAND + ": " + wrong.getMessage());
            System.err.println(CopyOptions.USAGE);
            return 2;
        }
        Path logFile = options.from().resolve("logs").resolve(LOG_FILE);
        System.setProperty("deepcanvas.copy.log-file", logFile.toString());
        System.setProperty("logback.configurationFile", "dev/deepcanvas/backend/database/copy/copy-logback.xml");
        return new CopyToPostgres(options, System.out, System.err, logFile).run();
    }

    /** The command with its output going where the caller says (the log wherever logging already goes). */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        CopyOptions options;
        try {
            options = CopyOptions.parse(args, env);
        } catch (IllegalArgumentException wrong) {
            err.println(COMMAND + ": " + wrong.getMessage());
            err.println(CopyOptions.USAGE);
            return 2;
        }
        return new CopyToPostgres(options, out, err, null).run();
    }

    private int run() {
        Logger log = LoggerFactory.getLogger(CopyToPostgres.class);
        PostgresTarget target = new PostgresTarget(options.target(), options.credentials());
        try (H2Source source = H2Source.open(options.from())) {
            out.println("Copying the DeepCanvas database in " + source.folder() + " to PostgreSQL at "
                    + target.address().shown() + ".");
            String before = source.upgrade();
            String version = source.version();
            if (before != null) {
                out.println("Upgraded the H2 database from schema version " + before + " to " + version
                        + ", as starting this DeepCanvas on the folder would.");
            }
            String targetVersion = target.prepare();
            if (!targetVersion.equals(version)) {
                throw new DatabaseProblem("PostgreSQL has schema version " + targetVersion + " but the H2 database "
                        + version + "; copy with the DeepCanvas version that made the newer one.");
            }
            out.println("PostgreSQL has DeepCanvas's schema, version " + version + ".");
            RowCounts counts = copy(source, target);
            out.println();
            counts.print(out);
            out.println();
            if (!counts.allMatch()) {
                err.println(COMMAND + ": the row counts differ (MISMATCH above): the copy is incomplete. Do not start "
                        + "DeepCanvas on it; drop and create the database and copy again" + details());
                return 1;
            }
            out.println("Every table arrived complete: " + counts.total() + " rows.");
            describeFiles(source.folder());
            return 0;
        } catch (DatabaseProblem problem) {
            log.warn("copy-to-postgres refused: {}", problem.getMessage(), problem);
            err.println(COMMAND + ": " + problem.getMessage());
            return 1;
        } catch (SQLException | RuntimeException failure) {
            log.error("copy-to-postgres failed", failure);
            err.println(COMMAND + " failed: " + firstLine(failure) + (committed ? ". The rows were copied, but not "
                    + "counted" : ". No rows were committed to PostgreSQL") + details());
            return 1;
        }
    }

    private RowCounts copy(H2Source source, PostgresTarget target) throws SQLException {
        try (Connection from = source.connect(); Connection to = target.connectForCopy()) {
            try {
                Tables sourceTables = Tables.read(from, from.getSchema());
                String schema = target.schema(to);
                Tables targetTables = Tables.read(to, schema);
                requireSameTables(sourceTables, targetTables);
                target.lockEmpty(to, targetTables);
                Map<String, Set<String>> identities = target.identityColumns(to, schema);

                long started = System.nanoTime();
                List<Table> order = sourceTables.inCopyOrder();
                for (Table table : order) {
                    Table copyTo = targetTables.get(table.key());
                    long rows = new TableCopy(table, copyTo, identities.containsKey(table.key())).copy(from, to);
                    out.printf("  copied %-28s %10d %s%n", table.key(), rows, rows == 1 ? "row" : "rows");
                    if (identities.containsKey(table.key())) {
                        target.continueSequences(to, schema, copyTo, identities.get(table.key()));
                    }
                }
                to.commit();
                committed = true;
                out.println("Copied " + order.size() + " tables in "
                        + Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0 + " s.");

                RowCounts counts = new RowCounts();
                for (Table table : order) {
                    counts.add(table.key(), RowCounts.count(from, table),
                            RowCounts.count(to, targetTables.get(table.key())));
                }
                to.commit();
                return counts;
            } catch (SQLException | RuntimeException failure) {
                to.rollback();
                throw failure;
            }
        }
    }

    private static void requireSameTables(Tables source, Tables target) {
        List<String> differences = new ArrayList<>();
        Set<String> all = new TreeSet<>(source.keys());
        all.addAll(target.keys());
        for (String key : all) {
            if (!source.keys().contains(key) || !target.keys().contains(key)) {
                differences.add("table " + key + " only in " + (source.keys().contains(key) ? "H2" : "PostgreSQL"));
                continue;
            }
            Set<String> sourceColumns = new TreeSet<>(source.get(key).columnKeys());
            Set<String> targetColumns = new TreeSet<>(target.get(key).columnKeys());
            if (!sourceColumns.equals(targetColumns)) {
                differences.add("table " + key + " has columns " + sourceColumns + " in H2 but " + targetColumns
                        + " in PostgreSQL");
            }
        }
        if (!differences.isEmpty()) {
            throw new DatabaseProblem("The two schemas differ, so the rows cannot be copied one to one: "
                    + String.join("; ", differences) + ".");
        }
    }

    private void describeFiles(Path folder) {
        List<String> present = Stream.of("models", "runs", "datasets")
                .filter(name -> Files.isDirectory(folder.resolve(name))).map(name -> name + "/").toList();
        out.println();
        out.println("Files were not copied: trained models, checkpoints and uploaded datasets stay in " + folder
                + (present.isEmpty() ? "" : " (" + String.join(", ", present) + ")")
                + ". Every DeepCanvas node must see that folder (docs/postgresql.md, \"Files\").");
        out.println("Start DeepCanvas on PostgreSQL with DEEPCANVAS_DB_URL=" + options.target().urlWithoutOptions()
                + " DEEPCANVAS_DB_USER=" + options.target().user()
                + " and DEEPCANVAS_DB_PASSWORD set, and DEEPCANVAS_DATA_DIR=" + folder + ".");
    }

    private String details() {
        return logFile == null ? "." : ". Details: " + logFile;
    }

    private static String firstLine(Throwable failure) {
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}

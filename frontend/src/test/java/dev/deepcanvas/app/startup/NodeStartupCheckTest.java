package dev.deepcanvas.app.startup;

import dev.deepcanvas.backend.node.DatabaseKind;
import dev.deepcanvas.backend.node.NodeRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks every node makes once its settings are read: role against database, and who takes the folder's lock. */
class NodeStartupCheckTest {

    @TempDir
    Path dir;

    @Test
    void theRoleComesFromArgumentsThenSystemThenEnvironmentAndDefaultsToAll() {
        Properties system = new Properties();
        system.setProperty("deepcanvas.role", "web");
        Map<String, String> env = Map.of("DEEPCANVAS_ROLE", "worker");

        assertThat(StartupSettings.resolve(new String[]{"--deepcanvas.role=all"}, env, system).role())
                .isEqualTo(NodeRole.ALL);
        assertThat(StartupSettings.resolve(new String[0], env, system).role()).isEqualTo(NodeRole.WEB);
        assertThat(StartupSettings.resolve(new String[0], env, new Properties()).role()).isEqualTo(NodeRole.WORKER);
        assertThat(StartupSettings.resolve(new String[0], Map.of(), new Properties()).role()).isEqualTo(NodeRole.ALL);
        assertThatThrownBy(() -> StartupSettings.resolve(new String[0], Map.of("DEEPCANVAS_ROLE", "gpu"),
                new Properties())).hasMessageStartingWith("Unknown role 'gpu'");
    }

    @Test
    void aClusterRoleOnTheEmbeddedDatabaseIsRefusedInOneLine() {
        StartupSettings worker = new StartupSettings(0, dir, NodeRole.WORKER);

        assertThatThrownBy(() -> NodeStartupCheck.check(worker, DatabaseKind.EMBEDDED))
                .isInstanceOf(StartupProblem.class)
                .hasMessageStartingWith("The worker role needs a database shared by every node (PostgreSQL)");
        assertThat(StartupFailure.explain(new IllegalStateException("wrapped", new StartupProblem("x")),
                new StartupSettings(0, dir))).isEqualTo("DeepCanvas did not start: x");
    }

    @Test
    void onlyASingleProcessOnTheEmbeddedDatabaseLocksTheDataFolder() throws Exception {
        NodeStartupCheck.check(new StartupSettings(0, dir, NodeRole.ALL), DatabaseKind.EMBEDDED);
        assertThatThrownBy(() -> StartupGuard.acquire(new StartupSettings(0, dir)))
                .hasMessageStartingWith("Another DeepCanvas is already running on the data folder");

        // Nodes of a cluster may share a folder: no lock, only the folder and port checks.
        Path shared = Files.createDirectories(dir.resolve("shared"));
        NodeStartupCheck.check(new StartupSettings(0, shared, NodeRole.WORKER), DatabaseKind.SHARED);
        NodeStartupCheck.check(new StartupSettings(0, shared, NodeRole.WORKER), DatabaseKind.SHARED);
        StartupGuard.acquire(new StartupSettings(0, shared)).release();
    }

    /** The kind comes from the one database setting the app uses, DEEPCANVAS_DB_URL (or deepcanvas.db.url). */
    @Test
    void theDatabaseKindIsTheOneTheAppWillUse() {
        StartupSettings settings = new StartupSettings(0, dir, NodeRole.WORKER);
        assertThat(StartupDatabase.resolve(new String[]{"--deepcanvas.db.url=jdbc:postgresql://db/x",
                "--deepcanvas.db.user=u"}, Map.of(), new Properties(), settings).kind()).isEqualTo(DatabaseKind.SHARED);
        assertThat(StartupDatabase.resolve(new String[0], Map.of("DEEPCANVAS_DB_URL", "jdbc:postgresql://db/x",
                "DEEPCANVAS_DB_USER", "u"), new Properties(), settings).kind()).isEqualTo(DatabaseKind.SHARED);
        assertThat(StartupDatabase.resolve(new String[0], Map.of(), new Properties(), settings).kind())
                .isEqualTo(DatabaseKind.EMBEDDED);
        assertThat(StartupDatabase.resolve(new String[]{"--deepcanvas.db.url=jdbc:h2:tcp://db/x"}, Map.of(),
                new Properties(), settings).kind()).isEqualTo(DatabaseKind.EMBEDDED);
    }
}

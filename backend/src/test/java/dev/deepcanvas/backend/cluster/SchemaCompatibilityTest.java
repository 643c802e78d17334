package dev.deepcanvas.backend.cluster;

import dev.deepcanvas.backend.node.DatabaseKind;
import dev.deepcanvas.backend.node.Deployment;
import dev.deepcanvas.backend.node.NodeRole;
import dev.deepcanvas.backend.node.NodeStartupRefusal;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which schema each role accepts, on real migrations (in-memory H2 databases, one per test). */
class SchemaCompatibilityTest {

    private static final Deployment WORKER = new Deployment(NodeRole.WORKER, DatabaseKind.SHARED);
    private static final Deployment WEB = new Deployment(NodeRole.WEB, DatabaseKind.SHARED);
    private static final Deployment SINGLE = new Deployment(NodeRole.ALL, DatabaseKind.EMBEDDED);

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void aWorkerRefusesADatabaseWithoutTheSchema() {
        assertThatThrownBy(() -> new SchemaCompatibility(WORKER, "1.2.0").apply(migrations(null)))
                .isInstanceOf(NodeStartupRefusal.class)
                .hasMessage("The database has no DeepCanvas schema yet. Start a web node (role web or all) of "
                        + "DeepCanvas 1.2.0 first: web nodes create and upgrade the schema, workers never do.");
    }

    @Test
    void aWorkerRefusesAnOlderSchemaAndLeavesItAsItIs() throws SQLException {
        migrations("5").migrate();

        assertThatThrownBy(() -> new SchemaCompatibility(WORKER, "1.2.0").apply(migrations(null)))
                .isInstanceOf(NodeStartupRefusal.class)
                .hasMessageMatching("The database's schema is at version V5, but this worker \\(DeepCanvas 1\\.2\\.0\\) "
                        + "needs version V\\d+\\. Web nodes upgrade the schema and workers never do: start the web "
                        + "nodes of this version first, or run the worker version that matches them\\.");
        assertThat(migrations(null).info().current().getVersion().getVersion()).isEqualTo("5");
    }

    @Test
    void aWorkerStartsOnTheSchemaItWasBuiltFor() {
        migrations(null).migrate();
        String current = migrations(null).info().current().getVersion().getVersion();

        new SchemaCompatibility(WORKER, "1.2.0").apply(migrations(null));

        assertThat(migrations(null).info().current().getVersion().getVersion()).isEqualTo(current);
    }

    @Test
    void noNodeOfAClusterStartsOnANewerSchema() throws SQLException {
        migrations(null).migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                    + "\"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'test', "
                    + "1, TRUE)");
        }

        for (Deployment node : new Deployment[]{WEB, WORKER}) {
            assertThatThrownBy(() -> new SchemaCompatibility(node, "1.2.0").apply(migrations(null)))
                    .isInstanceOf(NodeStartupRefusal.class)
                    .hasMessageMatching("The database's schema is at version V99, newer than this DeepCanvas 1\\.2\\.0 "
                            + "knows \\(up to V\\d+\\): a newer DeepCanvas upgraded it\\. Run the same DeepCanvas "
                            + "version on every node\\.");
        }
    }

    @Test
    void webNodesAndSingleProcessesUpgradeTheSchema() {
        migrations("5").migrate();

        new SchemaCompatibility(SINGLE, "1.2.0").apply(migrations(null));

        assertThat(migrations(null).info().pending()).isEmpty();
    }

    private Flyway migrations(String target) {
        var configuration = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }
}

package dev.deepcanvas.backend.cluster;

import dev.deepcanvas.backend.node.Deployment;
import dev.deepcanvas.backend.node.NodeRole;
import dev.deepcanvas.backend.node.NodeStartupRefusal;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.ValidateResult;

import java.util.Arrays;
import java.util.List;

/**
 * Decides, before anything else touches the database, whether this node may use its schema, and upgrades it where
 * that is its job. Web nodes and single processes apply the migrations they bring; workers never migrate: a worker
 * whose migrations differ from the schema's (the schema is newer, older, or was changed) refuses to start, saying
 * which version each side has. In a cluster no node starts on a schema newer than it knows, since it would write rows
 * the newer nodes do not expect. A single process on its own H2 file keeps its earlier behaviour.
 */
public final class SchemaCompatibility {

    private final Deployment deployment;
    private final String appVersion;

    public SchemaCompatibility(Deployment deployment, String appVersion) {
        this.deployment = deployment;
        this.appVersion = appVersion;
    }

    /** Migrates (web nodes and single processes) or only checks (workers); refuses an incompatible schema. */
    public void apply(Flyway flyway) {
        MigrationInfoService info = flyway.info();
        if (deployment.clustered()) {
            refuseNewerSchema(info);
        }
        if (deployment.role() == NodeRole.WORKER) {
            requireSameSchema(flyway, info);
            return;
        }
        flyway.migrate();
    }

    private void refuseNewerSchema(MigrationInfoService info) {
        List<MigrationInfo> unknown = Arrays.stream(info.applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
                .toList();
        if (!unknown.isEmpty()) {
            throw new NodeStartupRefusal("The database's schema is at version " + version(info.current())
                    + ", newer than this DeepCanvas " + appVersion + " knows (up to " + newestKnown(info) + "): a "
                    + "newer DeepCanvas upgraded it. Run the same DeepCanvas version on every node.");
        }
    }

    private void requireSameSchema(Flyway flyway, MigrationInfoService info) {
        if (info.applied().length == 0) {
            throw new NodeStartupRefusal("The database has no DeepCanvas schema yet. Start a web node (role web or "
                    + "all) of DeepCanvas " + appVersion + " first: web nodes create and upgrade the schema, workers "
                    + "never do.");
        }
        if (info.pending().length > 0) {
            throw new NodeStartupRefusal("The database's schema is at version " + version(info.current())
                    + ", but this worker (DeepCanvas " + appVersion + ") needs version " + newestKnown(info)
                    + ". Web nodes upgrade the schema and workers never do: start the web nodes of this version "
                    + "first, or run the worker version that matches them.");
        }
        ValidateResult validation = flyway.validateWithResult();
        if (!validation.validationSuccessful) {
            String detail = validation.invalidMigrations.isEmpty() ? validation.getAllErrorMessages()
                    : validation.invalidMigrations.get(0).errorDetails.errorMessage;
            throw new NodeStartupRefusal("The database's schema differs from the one this worker (DeepCanvas "
                    + appVersion + ") was built for: " + firstLine(detail) + " Run the same DeepCanvas version on "
                    + "every node.");
        }
    }

    private static String newestKnown(MigrationInfoService info) {
        return Arrays.stream(info.all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                        && m.getState() != MigrationState.FUTURE_FAILED && m.getVersion() != null)
                .map(m -> m.getVersion().getVersion())
                .reduce((first, second) -> second)
                .map(v -> "V" + v)
                .orElse("none");
    }

    private static String version(MigrationInfo current) {
        return current == null || current.getVersion() == null ? "none" : "V" + current.getVersion().getVersion();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        String line = (newline < 0 ? text : text.substring(0, newline)).strip();
        return line.endsWith(".") ? line : line + ".";
    }
}

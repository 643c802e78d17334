package dev.deepcanvas.app;

import dev.deepcanvas.app.startup.NodeStartupCheck;
import dev.deepcanvas.app.startup.StartupDatabase;
import dev.deepcanvas.app.startup.StartupFailure;
import dev.deepcanvas.app.startup.StartupSettings;
import dev.deepcanvas.app.worker.WorkerApplication;
import dev.deepcanvas.backend.database.copy.CopyToPostgres;
import dev.deepcanvas.backend.node.NodeRole;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import java.util.Arrays;

/**
 * Starts DeepCanvas: the pages and training in one process (role all, the default), the pages only (role web), or
 * a training worker without pages or port (role worker, {@link WorkerApplication}), on the embedded H2 or on the
 * PostgreSQL database DEEPCANVAS_DB_URL names. Before Spring starts, the checks catch what most often goes wrong on a
 * fresh machine (port taken, data folder not writable, a second instance on the same data, a role that needs a shared
 * database, a PostgreSQL database that is unreachable, refuses the password or holds something else) so that each
 * ends in one clear line instead of a stack trace. {@code copy-to-postgres} as the first argument runs that command
 * instead of the app.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "dev.deepcanvas", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        // The worker's application leaves Vaadin out; it must not bring its exclusions into this one.
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = WorkerApplication.class)})
public class DeepCanvasApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(CopyToPostgres.COMMAND)) {
            // A command of its own, without the web server: moves the H2 database to PostgreSQL.
            System.exit(CopyToPostgres.runFromCommandLine(Arrays.copyOfRange(args, 1, args.length), System.getenv()));
            return;
        }
        StartupSettings settings;
        StartupDatabase database;
        try {
            settings = StartupSettings.resolve(args, System.getenv(), System.getProperties());
            database = StartupDatabase.resolve(args, System.getenv(), System.getProperties(), settings);
        } catch (IllegalArgumentException badSetting) {
            System.err.println("DeepCanvas did not start: " + badSetting.getMessage());
            System.exit(2);
            return;
        }
        try {
            System.setProperty("deepcanvas.data-dir", settings.dataDir().toString());
            NodeStartupCheck.run(settings, database);
            SpringApplication app = settings.role() == NodeRole.WORKER ? WorkerApplication.application()
                    : new SpringApplication(DeepCanvasApplication.class);
            app.run(args);
        } catch (Throwable failure) {
            System.err.println(StartupFailure.explain(failure, settings, database));
            System.exit(1);
        }
    }
}

package dev.deepcanvas.app;

import dev.deepcanvas.app.startup.StartupDatabase;
import dev.deepcanvas.app.startup.StartupFailure;
import dev.deepcanvas.app.startup.StartupGuard;
import dev.deepcanvas.app.startup.StartupSettings;
import dev.deepcanvas.backend.database.copy.CopyToPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Arrays;

/**
 * Starts DeepCanvas. Before Spring starts, the guard checks what most often goes wrong on a fresh machine
 * (port taken, data folder not writable, a second instance on the same data, a PostgreSQL database that is
 * unreachable, refuses the password or holds something else) so that each ends in one clear line instead of a stack
 * trace. {@code copy-to-postgres} as the first argument runs that command instead of the app.
 */
@SpringBootApplication(scanBasePackages = "dev.deepcanvas")
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
            StartupGuard guard = StartupGuard.acquire(settings);
            // The guard's lock must live as long as the app: released by the JVM at exit.
            Runtime.getRuntime().addShutdownHook(new Thread(guard::release, "deepcanvas-unlock"));
            database.check();
            System.setProperty("deepcanvas.data-dir", settings.dataDir().toString());
            SpringApplication.run(DeepCanvasApplication.class, args);
        } catch (Throwable failure) {
            System.err.println(StartupFailure.explain(failure, settings, database));
            System.exit(1);
        }
    }
}

package dev.deepcanvas.app.startup;

import dev.deepcanvas.backend.node.DatabaseKind;
import dev.deepcanvas.backend.node.Deployment;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The checks before anything starts, made on the settings Spring will read (command line, system properties,
 * environment, application.properties) so that the database address is the one the app will use, yet before Spring
 * starts, so a refusal is one line and never a stack trace: a role that cannot run on this database is refused; a
 * single process on the embedded H2 takes the data folder's lock (another DeepCanvas on the same folder is refused);
 * a node of a cluster only checks its own folder and port.
 */
public final class NodeStartupCheck {

    private NodeStartupCheck() {
    }

    /** Checks this process's settings; the lock it may take lives as long as the process. */
    public static void run(StartupSettings settings, String[] args) {
        check(settings, databaseUrl(args));
    }

    static void check(StartupSettings settings, String databaseUrl) {
        DatabaseKind database = DatabaseKind.of(databaseUrl);
        String refusal = Deployment.refusal(settings.role(), database);
        if (refusal != null) {
            throw new StartupProblem(refusal);
        }
        if (database == DatabaseKind.EMBEDDED) {
            StartupGuard guard = StartupGuard.acquire(settings);
            // The guard's lock must live as long as the app: released by the JVM at exit.
            Runtime.getRuntime().addShutdownHook(new Thread(guard::release, "deepcanvas-unlock"));
        } else {
            StartupGuard.checkNode(settings);
        }
    }

    /** The database address as Spring will resolve it, placeholders and all. */
    static String databaseUrl(String[] args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return environment.getProperty("spring.datasource.url");
    }
}

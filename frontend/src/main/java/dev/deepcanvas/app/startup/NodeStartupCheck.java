package dev.deepcanvas.app.startup;

import dev.deepcanvas.backend.node.DatabaseKind;
import dev.deepcanvas.backend.node.Deployment;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * The checks before anything starts, made once Spring has read every setting (so the database address is the one the
 * app will use) but before it writes its log: a role that cannot run on this database is refused; a single process
 * on the embedded H2 takes the data folder's lock (another DeepCanvas on the same folder is refused); a node of a
 * cluster only checks its own folder and port.
 */
public final class NodeStartupCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private final StartupSettings settings;

    public NodeStartupCheck(StartupSettings settings) {
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        DatabaseKind database = DatabaseKind.of(event.getEnvironment().getProperty("spring.datasource.url"));
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

    /** After the settings are read (they are among the environment's post-processors), before logging starts. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER - 1;
    }
}

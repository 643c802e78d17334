package dev.deepcanvas.app.startup;

import dev.deepcanvas.backend.node.DatabaseKind;
import dev.deepcanvas.backend.node.Deployment;

/**
 * The checks before anything starts, made on the database the app will use ({@link StartupDatabase}: the embedded H2
 * or the PostgreSQL database DEEPCANVAS_DB_URL names) yet before Spring starts, so a refusal is one line and never a
 * stack trace: a role that cannot run on this database is refused; a single process on the embedded H2 takes the data
 * folder's lock (another DeepCanvas on the same folder is refused); a node of a cluster only checks its own folder and
 * port; a PostgreSQL database must accept us and hold DeepCanvas or nothing.
 */
public final class NodeStartupCheck {

    private NodeStartupCheck() {
    }

    /** Checks this process's settings and database; the lock it may take lives as long as the process. */
    public static void run(StartupSettings settings, StartupDatabase database) {
        check(settings, database.kind());
        database.check();
    }

    static void check(StartupSettings settings, DatabaseKind database) {
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
}

package dev.deepcanvas.backend.node;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * This process's place in the installation: its role and the kind of database it shares (or not) with others. Refuses
 * the combinations that cannot work: a web node or a worker on the embedded H2, which only one process can open.
 */
@Component
public class Deployment {

    private final NodeRole role;
    private final DatabaseKind database;

    @Autowired
    public Deployment(Environment environment) {
        this(NodeRole.parse(environment.getProperty(NodeRole.PROPERTY)),
                DatabaseKind.of(environment.getProperty("spring.datasource.url")));
    }

    public Deployment(NodeRole role, DatabaseKind database) {
        this.role = role;
        this.database = database;
        String refusal = refusal(role, database);
        if (refusal != null) {
            throw new NodeStartupRefusal(refusal);
        }
    }

    /**
     * Why this role cannot run on this database, in one sentence; null when it can.
     */
    public static String refusal(NodeRole role, DatabaseKind database) {
        if (role != NodeRole.ALL && database == DatabaseKind.EMBEDDED) {
            return "The " + role.key() + " role needs a database shared by every node (PostgreSQL); the embedded H2 "
                    + "belongs to a single process. Set DEEPCANVAS_DB_URL, DEEPCANVAS_DB_USER and "
                    + "DEEPCANVAS_DB_PASSWORD (see docs/deployment.md), or leave " + NodeRole.ENVIRONMENT_VARIABLE
                    + " unset to run everything in one process.";
        }
        return null;
    }

    public NodeRole role() {
        return role;
    }

    /**
     * Whether other processes share this database (and the shared folder): then runs move between workers, and a
     * stopping worker hands its runs back instead of leaving them interrupted.
     */
    public boolean clustered() {
        return database == DatabaseKind.SHARED;
    }

    /** Whether this process trains runs. */
    public boolean trains() {
        return role.trains();
    }
}

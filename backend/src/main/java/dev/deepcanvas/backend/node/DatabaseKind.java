package dev.deepcanvas.backend.node;

/**
 * Which kind of database the JDBC address names. The embedded H2 belongs to one process (it locks its file); a
 * cluster of web nodes and workers needs a database they all reach: PostgreSQL.
 */
public enum DatabaseKind {
    /** H2, the default: one process, its file in the data folder. */
    EMBEDDED,
    /** Any other database (PostgreSQL in practice), reached over the network and shared by every node. */
    SHARED;

    public static DatabaseKind of(String jdbcUrl) {
        return jdbcUrl == null || jdbcUrl.isBlank() || jdbcUrl.startsWith("jdbc:h2:") ? EMBEDDED : SHARED;
    }
}

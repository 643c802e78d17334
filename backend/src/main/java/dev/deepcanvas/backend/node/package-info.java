/**
 * What this process is within an installation: its role (all, web or worker), whether its database is the embedded
 * H2 of a single process or a shared PostgreSQL, its name among the workers, and the folder every node shares. The
 * rest of the backend asks these questions here instead of reading configuration itself.
 */
package dev.deepcanvas.backend.node;

/**
 * What makes several processes one installation, beyond the job engine that hands runs to workers
 * ({@code training.dispatch}): the schema check each node makes before it starts (web nodes upgrade the schema,
 * workers never do and refuse a schema of another version), and the relay that carries run updates and deletions
 * between nodes through PostgreSQL's LISTEN/NOTIFY, so a page on any web node follows a run trained on any worker.
 */
package dev.deepcanvas.backend.cluster;

package dev.deepcanvas.backend.training;

/** Published after a run and its files are deleted, so caches holding its model let go of it. */
public record RunDeletedEvent(long runId) {
}

package dev.deepcanvas.backend.cluster;

import dev.deepcanvas.backend.training.RunUpdate;

/**
 * What one node tells the others about a run, as the JSON payload of a PostgreSQL notification (under 8000 bytes:
 * a run update with its message of at most 2000 characters).
 *
 * @param node    the sending node, so it can ignore its own notifications
 * @param sentAt  when it was sent (milliseconds since the epoch), to measure the delay
 * @param update  a run's new state; null for a deletion
 * @param deleted the id of a deleted run; null for an update
 */
record RelayMessage(String node, long sentAt, RunUpdate update, Long deleted) {
}

package dev.deepcanvas.backend.training;

import dev.deepcanvas.db.run.RunStatus;

/**
 * What changed in a run, pushed to every open view as it happens.
 *
 * @param loss     the mean training loss of the last finished epoch, or null before the first
 * @param accuracy held-out accuracy: per epoch while running, final once succeeded; null when not measured
 * @param message  for failed, cancelled and interrupted runs, what happened and what to do
 */
public record RunUpdate(long runId, RunStatus status, int epochsCompleted, int epochsPlanned, Double loss,
                        Double accuracy, String message) {
}

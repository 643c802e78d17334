package dev.deepcanvas.backend.training.dispatch;

import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.RunSnapshot;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.run.RunClaim;

/**
 * What a worker got when it tried to take a run from the queue.
 *
 * @param claim          its hold on the run; null when it got none
 * @param ended          the run as it ended without training here (cancelled while its worker was gone, or a kind
 *                       that cannot move to another worker); null otherwise
 * @param checkpointFile the checkpoint to continue from, or null to start from fresh weights
 */
record Claim(RunClaim claim, RunSnapshot snapshot, TaskKind task, String checkpointFile, RunSummary ended) {

    /** The run was deleted or had ended: nothing to train, nothing to say. */
    static Claim none() {
        return new Claim(null, null, null, null, null);
    }

    static Claim ended(RunSummary ended) {
        return new Claim(null, null, null, null, ended);
    }

    boolean claimed() {
        return claim != null;
    }
}

package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.backend.node.Deployment;
import dev.deepcanvas.backend.training.RunEvents;
import org.springframework.stereotype.Component;

/**
 * The services every training job writes to, handed over as one so that jobs stay cheap to create. The deployment
 * decides what a stop for shutdown means: interrupted in a single process, handed back in a cluster.
 */
@Component
public record JobCollaborators(RunRecorder recorder, RunEvents events, RunFiles files, DatabaseWait database,
                               Deployment deployment) {

    /** The run as the job that holds {@code claim} writes it. */
    public ClaimedRun claimed(RunClaim claim) {
        return new ClaimedRun(claim, recorder, database);
    }
}

package dev.deepcanvas.backend.training;

import org.springframework.stereotype.Component;

/** The services every training job writes to, handed over as one so that jobs stay cheap to create. */
@Component
record JobCollaborators(RunRecorder recorder, RunEvents events, CheckpointStore checkpoints, RunFiles files) {
}

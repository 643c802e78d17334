package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.backend.training.RunEvents;
import org.springframework.stereotype.Component;

/** The services every training job writes to, handed over as one so that jobs stay cheap to create. */
@Component
public record JobCollaborators(RunRecorder recorder, RunEvents events, RunFiles files) {
}

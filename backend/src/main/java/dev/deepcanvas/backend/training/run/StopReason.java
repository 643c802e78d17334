package dev.deepcanvas.backend.training.run;

/** Why a job was asked to stop before its last epoch. */
enum StopReason {
    /** The user cancelled: the run ends for good. */
    CANCEL,
    /** The application is shutting down: the run is interrupted and can be resumed from its checkpoint. */
    SHUTDOWN
}

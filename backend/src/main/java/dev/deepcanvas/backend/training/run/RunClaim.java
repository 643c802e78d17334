package dev.deepcanvas.backend.training.run;

/**
 * A worker's hold on a run: the run, the claim number it took (the run's claim went up to it) and the worker. Every
 * write of the training thread presents it; once another worker has taken the run, the run's claim is higher and the
 * write is refused with {@link ClaimLostException}.
 */
public record RunClaim(long runId, int number, String worker) {
}

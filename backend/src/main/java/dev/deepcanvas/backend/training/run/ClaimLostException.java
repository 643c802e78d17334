package dev.deepcanvas.backend.training.run;

/**
 * The run is no longer this worker's: another worker took it over (this one was declared dead after missing its
 * heartbeats), or the run was deleted. The job stops without writing anything more.
 */
public class ClaimLostException extends RuntimeException {

    public ClaimLostException(RunClaim claim, String what) {
        super("Run " + claim.runId() + " is no longer trained by " + claim.worker() + " (claim " + claim.number()
                + "): " + what);
    }
}

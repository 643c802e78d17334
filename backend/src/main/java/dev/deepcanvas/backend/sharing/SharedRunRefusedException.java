package dev.deepcanvas.backend.sharing;

import dev.deepcanvas.backend.inside.InsideRejectedException;

/**
 * A share link that does not lead to the run asked for. One message for every reason (a wrong or revoked link,
 * results not shared, a run of another graph or another person, a run that has not succeeded), so that a link
 * cannot be used to probe which runs exist.
 */
public class SharedRunRefusedException extends InsideRejectedException {

    public SharedRunRefusedException(long runId) {
        super("This link does not show run #" + runId + ": it may have been turned off, or the run is not among "
                + "the results it shares.");
    }
}

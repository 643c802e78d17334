package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.account.CurrentUser;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a run: whoever started it. Runs from before accounts existed have no owner; the first account
 * adopts them. Another user's run is reported absent, exactly like a missing one.
 */
@Component
public class RunAccess {

    private final RunRepository runs;
    private final CurrentUser currentUser;

    public RunAccess(RunRepository runs, CurrentUser currentUser) {
        this.runs = runs;
        this.currentUser = currentUser;
    }

    public boolean mayAccess(RunEntity run) {
        return run.getOwnerId() == null || run.getOwnerId() == currentUser.require();
    }

    @Transactional(readOnly = true)
    public RunEntity accessible(long runId) {
        return runs.findById(runId).filter(this::mayAccess).orElseThrow(() -> new RunNotFoundException(runId));
    }

    /** Whether the run exists and the caller may see it. */
    @Transactional(readOnly = true)
    public boolean canSee(long runId) {
        return runs.findById(runId).map(this::mayAccess).orElse(false);
    }

    public long requireCaller() {
        return currentUser.require();
    }
}

package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.EnumSet;

/**
 * At start-up, before any request is served, no run can really be queued or running any more:
 * whatever the database says was left by a previous process that stopped, so it is marked interrupted.
 */
@Component
public class InterruptedRunsRecovery implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InterruptedRunsRecovery.class);

    private final RunRepository runs;
    private final TransactionTemplate tx;
    private final Clock clock;

    InterruptedRunsRecovery(RunRepository runs, TransactionTemplate tx, Clock clock) {
        this.runs = runs;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Integer changed = tx.execute(s -> runs.markInterrupted(EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING),
                "DeepCanvas stopped while this run was in progress. Resume it to continue from its last "
                        + "checkpoint.", clock.instant()));
        if (changed != null && changed > 0) {
            log.info("Marked {} unfinished run(s) from the previous session as interrupted", changed);
        }
    }
}

package dev.deepcanvas.backend.training.dispatch;

import dev.deepcanvas.backend.node.Deployment;
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
 * At start-up of a single process (the embedded H2, which only one process can open), before any request is served
 * and before the job engine starts: no run can really be queued or running any more, so whatever the database says
 * was left by a previous process that stopped. Those runs are marked interrupted, for the user to resume, and the
 * queue is emptied. In a cluster nothing is done here: other workers may be training those runs right now, and a
 * worker that died loses its runs to the others when its lease expires.
 */
@Component
public class InterruptedRunsRecovery implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InterruptedRunsRecovery.class);

    private final RunRepository runs;
    private final JobEngine engine;
    private final Deployment deployment;
    private final TransactionTemplate tx;
    private final Clock clock;

    InterruptedRunsRecovery(RunRepository runs, JobEngine engine, Deployment deployment, TransactionTemplate tx,
                            Clock clock) {
        this.runs = runs;
        this.engine = engine;
        this.deployment = deployment;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (deployment.clustered()) {
            return;
        }
        Integer changed = tx.execute(s -> {
            engine.forgetQueued();
            return runs.markInterrupted(EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING),
                    "DeepCanvas stopped while this run was in progress. Resume it to continue from its last "
                            + "checkpoint.", clock.instant());
        });
        if (changed != null && changed > 0) {
            log.info("Marked {} unfinished run(s) from the previous session as interrupted", changed);
        }
    }
}

package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.db.testing.DatabaseTest;
import dev.deepcanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class RunQueueTest extends ServiceTest {

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunEvents events;
    @Autowired
    TemplateCatalog templates;

    @Test
    void runsStartOneAtATimeInTheOrderTheyWereQueued() throws Exception {
        Runs helper = new Runs(launcher, queries, templates);
        List<Long> startedOrder = new CopyOnWriteArrayList<>();
        List<RunSummary> queued = new ArrayList<>();
        try (AutoCloseable ignored = events.subscribe(u -> {
            if (u.status() == RunState.RUNNING && u.epochsCompleted() == 0 && u.iteration() == 0) {
                startedOrder.add(u.runId());
            }
        })) {
            for (int i = 0; i < 3; i++) {
                queued.add(helper.startIris(RunOptions.none().withEpochs(3).withSeed((long) i)));
            }
            assertThat(queued).allSatisfy(r -> assertThat(r.status()).isEqualTo(RunState.QUEUED));
            List<RunSummary> done = new ArrayList<>();
            for (RunSummary run : queued) {
                done.add(helper.awaitTerminal(run.id()));
            }

            assertThat(startedOrder).containsExactly(queued.get(0).id(), queued.get(1).id(), queued.get(2).id());
            for (int i = 1; i < done.size(); i++) {
                assertThat(done.get(i).startedAt()).isAfterOrEqualTo(done.get(i - 1).finishedAt());
            }
            assertThat(done).allSatisfy(r -> assertThat(r.status()).isEqualTo(RunState.SUCCEEDED));
        }
    }
}

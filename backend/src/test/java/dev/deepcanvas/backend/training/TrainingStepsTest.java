package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.db.testing.DatabaseTest;
import dev.deepcanvas.graph.dl4j.TrainingThreads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Every step of a run reaches the step watchers, unthrottled, in order, with the moment it ended. */
@DatabaseTest
class TrainingStepsTest extends ServiceTest {

    @Autowired
    TrainingSteps steps;
    @Autowired
    Runs helper;

    private record Step(long runId, long iteration, long nanoTime, String thread) {
    }

    @Test
    void aRunReportsEachOfItsStepsOnceInOrder() throws Exception {
        List<Step> seen = new CopyOnWriteArrayList<>();
        long before = System.nanoTime();
        RunSummary run;
        try (RunEvents.Subscription ignored = steps.watch((runId, iteration, nanoTime) ->
                seen.add(new Step(runId, iteration, nanoTime, Thread.currentThread().getName())))) {
            // Batch size 1: 120 minibatches per epoch, far more than the progress updates (at most 5 a second).
            run = helper.startIris(RunOptions.none().withEpochs(2).withBatchSize(1));
            assertThat(helper.awaitTerminal(run.id()).status()).isEqualTo(RunState.SUCCEEDED);
        }
        long after = System.nanoTime();
        List<Step> own = seen.stream().filter(s -> s.runId() == run.id()).toList();
        assertThat(own).extracting(Step::iteration)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 240).boxed().toList());
        for (int i = 1; i < own.size(); i++) {
            assertThat(own.get(i).nanoTime()).isGreaterThanOrEqualTo(own.get(i - 1).nanoTime());
        }
        assertThat(own.get(0).nanoTime()).isGreaterThan(before);
        assertThat(own.get(own.size() - 1).nanoTime()).isLessThan(after);
        // told on the training thread itself, as the step ends, not handed on later
        assertThat(own).extracting(Step::thread).containsOnly(own.get(0).thread())
                .doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void aRunSaysOnceHowItsNetworkUsesTheCoresAsSoonAsThatIsSettled() throws Exception {
        List<String> settled = new CopyOnWriteArrayList<>();
        RunSummary run;
        try (RunEvents.Subscription ignored = steps.watch(new TrainingSteps.Watcher() {
            @Override
            public void stepped(long runId, long iteration, long nanoTime) {
            }

            @Override
            public void settled(long runId, long iteration, String network, String way) {
                settled.add(runId + "|" + iteration + "|" + network + "|" + way);
            }
        })) {
            run = helper.startIris(RunOptions.none().withEpochs(2).withBatchSize(1));
            assertThat(helper.awaitTerminal(run.id()).status()).isEqualTo(RunState.SUCCEEDED);
        }
        List<String[]> own = settled.stream().filter(s -> s.startsWith(run.id() + "|"))
                .map(s -> s.split("\\|", 4)).toList();
        assertThat(own).hasSize(1);
        assertThat(Long.parseLong(own.get(0)[1])).isBetween(1L, (long) TrainingThreads.MAX_TRIAL_STEPS);
        assertThat(own.get(0)[2]).isEqualTo("network");
        // one core, or the faster of two ways once timed; never the undecided "the faster of …"
        // one core, or the faster of two ways once timed; never the undecided "the faster of …", and without the
        // figures it was chosen by (those go to the server's log)
        assertThat(own.get(0)[3]).matches("1 native thread|\\d+ (data-parallel parts|native threads inside).*")
                .doesNotContain("samples/s");
    }

    @Test
    void aFailingWatcherStopsNeitherTheOthersNorTraining() throws Exception {
        List<Long> told = new ArrayList<>();
        TrainingSteps local = new TrainingSteps();
        try (RunEvents.Subscription broken = local.watch((runId, iteration, nanoTime) -> {
            throw new IllegalStateException("broken watcher");
        }); RunEvents.Subscription working = local.watch((runId, iteration, nanoTime) -> told.add(iteration))) {
            local.stepped(7, 1, 100);
            local.stepped(7, 2, 200);
        }
        local.stepped(7, 3, 300);
        assertThat(told).containsExactly(1L, 2L);
    }
}

package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.dataset.builtin.IrisDataset;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.testing.DatabaseTest;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class RunLauncherTest extends ServiceTest {

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunEvents events;
    @Autowired
    RunRepository runs;
    @Autowired
    TemplateCatalog templates;

    @Test
    void trainsTheStarterGraphOnIrisAndStoresEverything() throws Exception {
        List<RunUpdate> seen = new CopyOnWriteArrayList<>();
        try (AutoCloseable ignored = events.subscribe(seen::add)) {
            RunSummary queued = launcher.start(request(iris()));
            assertThat(queued.status()).isEqualTo(RunState.QUEUED);

            RunSummary done = awaitTerminal(queued.id());

            assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
            assertThat(done.accuracy()).isGreaterThanOrEqualTo(0.9);
            assertThat(done.epochsCompleted()).isEqualTo(iris().training().epochs());
            List<EpochMetric> metrics = queries.metrics(done.id());
            assertThat(metrics).hasSize(iris().training().epochs());
            assertThat(metrics.get(metrics.size() - 1).trainLoss()).isLessThan(metrics.get(0).trainLoss());
            assertThat(Files.size(queries.modelFile(done.id()))).isPositive();
            assertThat(seen).filteredOn(u -> u.runId() == done.id()).extracting(RunUpdate::status)
                    .contains(RunState.QUEUED, RunState.RUNNING, RunState.SUCCEEDED);
        }
    }

    @Test
    void runsWaitInTheQueueForOneAnother() throws Exception {
        GraphDocument shortRun = iris().withTraining(iris().training().withEpochs(5));
        RunSummary first = launcher.start(request(shortRun));
        RunSummary second = launcher.start(request(shortRun));

        RunSummary firstDone = awaitTerminal(first.id());
        RunSummary secondDone = awaitTerminal(second.id());

        assertThat(firstDone.status()).isEqualTo(RunState.SUCCEEDED);
        assertThat(secondDone.status()).isEqualTo(RunState.SUCCEEDED);
        assertThat(secondDone.startedAt()).isAfterOrEqualTo(firstDone.finishedAt());
    }

    @Test
    void aCancelledRunStopsAndSaysWhen() throws Exception {
        RunSummary run = launcher.start(request(iris().withTraining(iris().training().withEpochs(10_000))));
        awaitEpoch(run.id(), 1);

        launcher.cancel(run.id());

        RunSummary done = awaitTerminal(run.id());
        assertThat(done.status()).isEqualTo(RunState.CANCELLED);
        assertThat(done.message()).startsWith("Cancelled after");
        assertThat(done.epochsCompleted()).isLessThan(10_000);
    }

    @Test
    void aBrokenGraphIsRefusedBeforeAnythingIsStored() {
        GraphDocument broken = iris().withEdges(iris().edges().subList(0, 1)); // Dense → Output removed
        long before = runs.count();

        assertThatThrownBy(() -> launcher.start(request(broken)))
                .isInstanceOf(TrainingRejectedException.class)
                .satisfies(e -> assertThat(((TrainingRejectedException) e).reasons()).isNotEmpty());
        assertThat(runs.count()).isEqualTo(before);
    }

    @Test
    void aGraphThatDoesNotFitTheDatasetSaysWhatToChange() {
        GraphNode input = iris().node("input").orElseThrow().withParam("size", 5);
        GraphNode output = iris().node("output").orElseThrow().withParam("units", 2);
        GraphDocument mismatched = iris().withNode(input).withNode(output);

        assertThatThrownBy(() -> launcher.start(request(mismatched)))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("set the size of Input node 'input' to 4")
                .hasMessageContaining("set the units of Output node 'output' to 3");
    }

    private GraphDocument iris() {
        return templates.find("iris-mlp").orElseThrow().document();
    }

    private static RunLauncher.StartRequest request(GraphDocument doc) {
        return new RunLauncher.StartRequest(null, null, doc, IrisDataset.ID);
    }

    private RunSummary awaitTerminal(long runId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            RunSummary run = queries.find(runId).orElseThrow();
            if (run.status().isTerminal()) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("run " + runId + " did not finish in 3 minutes");
    }

    private void awaitEpoch(long runId, int epoch) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (queries.find(runId).orElseThrow().epochsCompleted() >= epoch) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("run " + runId + " did not reach epoch " + epoch);
    }
}

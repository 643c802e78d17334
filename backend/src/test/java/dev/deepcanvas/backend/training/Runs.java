package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.builtin.IrisDataset;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.templates.TemplateCatalog;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/** Graphs, requests and waiting helpers shared by the run tests; a bean of the test context, autowired. */
@Component
public final class Runs {

    private final RunLauncher launcher;
    private final RunQueries queries;
    private final TemplateCatalog templates;

    public Runs(RunLauncher launcher, RunQueries queries, TemplateCatalog templates) {
        this.launcher = launcher;
        this.queries = queries;
        this.templates = templates;
    }

    public GraphDocument iris() {
        return templates.find("iris-mlp").orElseThrow().document();
    }

    /** The Iris template turned into a regressor for the 3-feature linear test set. */
    public GraphDocument linearRegressor() {
        GraphDocument iris = iris();
        GraphNode input = iris.node("input").orElseThrow().withParam("size", 3);
        GraphNode output = iris.node("output").orElseThrow().withParam("units", 1).withParam("activation", "identity")
                .withParam("loss", "mse");
        return iris.withNode(input).withNode(output).withName("Linear regressor");
    }

    public RunSummary startIris(RunOptions options) {
        return launcher.start(new RunLauncher.StartRequest(null, null, iris(), IrisDataset.ID, options));
    }

    public RunSummary startLinear(RunOptions options) {
        return launcher.start(new RunLauncher.StartRequest(null, null, linearRegressor(), TestDatasets.LINEAR,
                options));
    }

    public RunSummary awaitTerminal(long runId) throws InterruptedException {
        return awaitTerminal(runId, Duration.ofMinutes(3));
    }

    /** For runs on real datasets, which take longer on a busy machine. */
    public RunSummary awaitTerminal(long runId, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            RunSummary run = queries.find(runId).orElseThrow();
            if (run.status().isTerminal() && !queries.isActive(runId)) {
                return run;
            }
            Thread.sleep(20);
        }
        launcher.cancel(runId);
        throw new AssertionError("run " + runId + " did not finish in " + limit.toMinutes() + " minutes");
    }

    public void awaitEpoch(long runId, int epoch) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (queries.find(runId).orElseThrow().epochsCompleted() >= epoch) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("run " + runId + " did not reach epoch " + epoch);
    }
}

package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.account.AccountPrincipal;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.account.SignedIn;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.dataset.builtin.IrisDataset;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NodeRunsTest extends ServiceTest {

    @Autowired
    NodeRuns nodeRuns;
    @Autowired
    GraphService graphs;
    @Autowired
    AccountService accounts;
    @Autowired
    RunRepository runRepository;
    @Autowired
    RunLauncher launcher;
    @Autowired
    Runs helper;

    @Test
    void aNodeOpensTheNewestSucceededRunThatTrainedIt() {
        AccountPrincipal owner = SignedIn.newAccount(accounts, "node-runs");
        SignedIn.as(owner);
        SavedGraph graph = graphs.createFromTemplate("iris-mlp");
        SavedGraph other = graphs.createFromTemplate("iris-mlp");
        GraphDocument trained = graph.document();
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        long older = store(owner, graph.id(), trained, RunStatus.SUCCEEDED, start);
        long newer = store(owner, graph.id(), trained, RunStatus.SUCCEEDED, start.plusSeconds(60));
        store(owner, graph.id(), trained, RunStatus.FAILED, start.plusSeconds(120));
        long withoutHidden = store(owner, graph.id(), trained.withoutNodes(List.of("dense1")), RunStatus.SUCCEEDED,
                start.plusSeconds(180));
        store(owner, other.id(), trained, RunStatus.SUCCEEDED, start.plusSeconds(240));

        assertThat(nodeRuns.newestRunThatSaw(graph.id(), "dense1")).as("the failed run and the run without the "
                + "layer are passed over, and another graph's run is not this graph's").contains(newer);
        assertThat(nodeRuns.newestRunThatSaw(graph.id(), "output")).contains(withoutHidden);
        assertThat(nodeRuns.newestRunThatSaw(graph.id(), "added-later")).isEmpty();
        assertThat(older).isLessThan(newer);

        SignedIn.as(SignedIn.newAccount(accounts, "node-runs-stranger"));
        assertThat(nodeRuns.newestRunThatSaw(graph.id(), "dense1")).as("another person's runs stay theirs").isEmpty();
    }

    @Test
    void aRunThatSucceedsWhileTheGraphIsOpenAppearsAndADeletedOneGoes() throws InterruptedException {
        AccountPrincipal owner = SignedIn.newAccount(accounts, "node-runs-live");
        SignedIn.as(owner);
        SavedGraph graph = graphs.createFromTemplate("iris-mlp");
        assertThat(nodeRuns.newestRunThatSaw(graph.id(), "dense1")).as("not trained yet").isEmpty();

        RunSummary run = launcher.start(new RunLauncher.StartRequest(graph.id(), graph.version(), graph.document(),
                IrisDataset.ID, RunOptions.none().withEpochs(1)));
        assertThat(helper.awaitTerminal(run.id()).status()).isEqualTo(RunState.SUCCEEDED);
        assertThat(nodeRuns.newestRunThatSaw(graph.id(), "dense1")).as("the run that just succeeded").contains(run.id());

        launcher.delete(run.id());
        assertThat(nodeRuns.newestRunThatSaw(graph.id(), "dense1")).as("the deleted run").isEmpty();
    }

    private long store(AccountPrincipal owner, long graphId, GraphDocument document, RunStatus status,
                       Instant created) {
        RunEntity entity = new RunEntity(graphId, 1, "Iris", GraphJson.write(document), "iris", "{}", 1, 2, created,
                "CLASSIFICATION");
        entity.assignOwner(owner.id());
        entity.finish(status, status == RunStatus.FAILED ? "diverged" : null, 0.5, created.plusSeconds(30));
        return runRepository.save(entity).getId();
    }
}

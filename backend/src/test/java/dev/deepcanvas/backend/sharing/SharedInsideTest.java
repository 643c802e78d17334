package dev.deepcanvas.backend.sharing;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.account.AccountPrincipal;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.account.CurrentUser;
import dev.deepcanvas.backend.account.SignedIn;
import dev.deepcanvas.backend.dataset.builtin.IrisDataset;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.backend.inside.InsideExample;
import dev.deepcanvas.backend.inside.InsideRejectedException;
import dev.deepcanvas.backend.inside.InsideService;
import dev.deepcanvas.backend.inside.LayerActivations;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.graph.document.GraphJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Inside view through a share link: the link shows the succeeded runs of its graph when the owner shares results,
 * exactly as the owner sees them, and nothing else; every other way answers with one and the same line.
 */
class SharedInsideTest extends ServiceTest {

    @Autowired
    SharedInside shared;
    @Autowired
    SharingService sharing;
    @Autowired
    GraphService graphs;
    @Autowired
    InsideService inside;
    @Autowired
    AccountService accounts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunRepository runRepository;
    @Autowired
    Runs helper;

    private AccountPrincipal owner;
    private AccountPrincipal visitor;
    private SavedGraph graph;
    private long runId;
    private String token;

    @BeforeEach
    void aTrainedRunOfASharedGraph() throws InterruptedException {
        owner = SignedIn.newAccount(accounts, "shared-inside-owner");
        visitor = SignedIn.newAccount(accounts, "shared-inside-visitor");
        SignedIn.as(owner);
        graph = graphs.createFromTemplate("iris-mlp");
        RunSummary run = launcher.start(new RunLauncher.StartRequest(graph.id(), graph.version(), graph.document(),
                IrisDataset.ID, RunOptions.none().withEpochs(2)));
        assertThat(helper.awaitTerminal(run.id()).status()).isEqualTo(RunState.SUCCEEDED);
        runId = run.id();
        token = sharing.shareLink(graph.id(), true).shareToken();
    }

    @Test
    void aLinkHolderSeesTheSameLayersAsTheOwnerWithoutBecomingTheOwner() {
        InsideExample owners = inside.look(runId, 4);
        int ownersCount = inside.exampleCount(runId);
        long runsBefore = runRepository.count();

        SignedIn.anonymous();
        SharedModel model = shared.open(token, runId);
        assertThat(model.graphName()).isEqualTo(graph.name());
        assertThat(model.author()).isEqualTo(owner.displayName());
        assertThat(model.gan()).isFalse();
        assertThat(model.run().datasetTitle()).isEqualTo("Iris flowers");
        assertThat(shared.exampleCount(token, runId)).isEqualTo(ownersCount);
        InsideExample seen = shared.look(token, runId, 4);
        assertThat(seen.label()).isEqualTo(owners.label());
        assertThat(seen.predicted()).isEqualTo(owners.predicted());
        assertThat(seen.layers()).extracting(LayerActivations::nodeId)
                .containsExactlyElementsOf(owners.layers().stream().map(LayerActivations::nodeId).toList());
        assertThat(output(seen).units()).containsExactlyElementsOf(output(owners).units());
        assertThat(currentUser.id()).as("the caller is anonymous again after the call").isEmpty();

        SignedIn.as(visitor);
        assertThat(shared.saliency(token, runId, 4, 0, false).gradient()).hasSize(4);
        assertThat(currentUser.id()).as("the visitor stays the visitor").contains(visitor.id());
        assertThat(runRepository.count()).as("nothing was saved").isEqualTo(runsBefore);
    }

    @Test
    void aRevokedWrongOrResultlessLinkAndRunsItDoesNotShowAllAnswerWithTheSameLine() {
        SavedGraph otherGraph = graphs.createFromTemplate("iris-mlp");
        long otherGraphsRun = store(owner.id(), otherGraph.id(), RunStatus.SUCCEEDED);
        long failedRun = store(owner.id(), graph.id(), RunStatus.FAILED);
        long strangersRun = store(visitor.id(), graph.id(), RunStatus.SUCCEEDED);
        SignedIn.anonymous();
        String refused = new SharedRunRefusedException(runId).getMessage();

        assertThat(refusal(() -> shared.look("not-a-real-token", runId, 0))).isEqualTo(refused);
        assertThat(refusal(() -> shared.look("", runId, 0))).isEqualTo(refused);
        assertThat(refusal(() -> shared.look(token, otherGraphsRun, 0))).as("a run of another graph")
                .isEqualTo(new SharedRunRefusedException(otherGraphsRun).getMessage());
        assertThat(refusal(() -> shared.look(token, failedRun, 0))).as("a run that did not succeed")
                .isEqualTo(new SharedRunRefusedException(failedRun).getMessage());
        assertThat(refusal(() -> shared.look(token, strangersRun, 0))).as("another person's run")
                .isEqualTo(new SharedRunRefusedException(strangersRun).getMessage());
        assertThat(refusal(() -> shared.look(token, Long.MAX_VALUE, 0))).as("a run that does not exist")
                .isEqualTo(new SharedRunRefusedException(Long.MAX_VALUE).getMessage());
        assertThat(refusal(() -> shared.open(token, strangersRun))).isEqualTo(
                new SharedRunRefusedException(strangersRun).getMessage());

        SignedIn.as(owner);
        sharing.shareLink(graph.id(), false);
        SignedIn.anonymous();
        assertThat(refusal(() -> shared.look(token, runId, 0))).as("results no longer shared").isEqualTo(refused);
        assertThat(shared.ownPictureShape(token, runId)).isEmpty();
        assertThat(shared.acceptsSentences(token, runId)).isFalse();

        SignedIn.as(owner);
        sharing.shareLink(graph.id(), true);
        SignedIn.anonymous();
        assertThat(shared.look(token, runId, 0).layers()).isNotEmpty();
        SignedIn.as(owner);
        sharing.revokeLink(graph.id());
        SignedIn.anonymous();
        assertThat(refusal(() -> shared.look(token, runId, 0))).as("a revoked link").isEqualTo(refused);
        assertThat(refusal(() -> shared.exampleCount(token, runId))).isEqualTo(refused);
        assertThat(refusal(() -> shared.generatorFacts(token, runId))).isEqualTo(refused);
    }

    @Test
    void theLinkIsNoKeyToAnythingButItsRuns() {
        SignedIn.as(visitor);
        shared.look(token, runId, 0);
        assertThatThrownBy(() -> inside.look(runId, 0)).as("by id, without the link, the run stays the owner's")
                .isInstanceOf(InsideRejectedException.class).hasMessage("There is no run #" + runId + ".");
    }

    private static LayerActivations output(InsideExample example) {
        return example.layers().get(example.layers().size() - 1);
    }

    private long store(long ownerId, long graphId, RunStatus status) {
        RunEntity entity = new RunEntity(graphId, 1, "Iris", GraphJson.write(graph.document()), IrisDataset.ID, "{}",
                1, 2, Instant.now(), "CLASSIFICATION");
        entity.assignOwner(ownerId);
        entity.finish(status, status == RunStatus.FAILED ? "diverged" : null, 0.5, Instant.now());
        return runRepository.save(entity).getId();
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
        } catch (SharedRunRefusedException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the link to be refused");
    }
}

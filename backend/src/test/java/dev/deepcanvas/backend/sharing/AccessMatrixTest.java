package dev.deepcanvas.backend.sharing;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.account.AccountPrincipal;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.account.NotSignedInException;
import dev.deepcanvas.backend.account.SignedIn;
import dev.deepcanvas.backend.graph.GraphNotFoundException;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunNotFoundException;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.db.testing.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every graph action × every kind of caller (owner, another user, anonymous, holder of the share link), each
 * expecting allowed or denied. Denials are indistinguishable from a missing graph.
 */
@DatabaseTest
class AccessMatrixTest extends ServiceTest {

    enum Caller { OWNER, OTHER, ANONYMOUS, LINK_HOLDER }

    @Autowired
    GraphService graphs;
    @Autowired
    SharingService sharing;
    @Autowired
    AccountService accounts;
    @Autowired
    RunRepository runs;
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunResultsService results;

    private AccountPrincipal owner;
    private AccountPrincipal other;
    private SavedGraph privateGraph;
    private String token;

    @BeforeEach
    void aPrivateGraphWithALink() {
        owner = SignedIn.newAccount(accounts, "owner");
        other = SignedIn.newAccount(accounts, "other");
        SignedIn.as(owner);
        privateGraph = graphs.createFromTemplate(GraphService.STARTER_TEMPLATE);
        token = sharing.shareLink(privateGraph.id(), false).shareToken();
    }

    @AfterEach
    void signOut() {
        SignedIn.anonymous();
    }

    /** What each caller may do with the owner's private graph, by graph id. */
    private Map<String, Consumer<Long>> actionsById() {
        return Map.of(
                "load", id -> graphs.load(id),
                "save", id -> graphs.save(id, graphs.load(id).lockVersion(), graphs.load(id).document()),
                "rename", id -> graphs.rename(id, "Renamed"),
                "duplicate", id -> graphs.duplicate(id, "Copy"),
                "versions", id -> graphs.versions(id),
                "loadVersion", id -> graphs.loadVersion(id, 1),
                "fork", id -> graphs.fork(id),
                "share", id -> sharing.shareLink(id, true),
                "publish", id -> sharing.setPublic(id, true),
                "delete", id -> graphs.delete(id));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheOwnerMayTouchAPrivateGraphById(Caller caller) {
        actionsById().forEach((name, action) -> {
            SignedIn.as(owner);
            SavedGraph fresh = graphs.createFromTemplate(GraphService.STARTER_TEMPLATE);
            actAs(caller);
            if (caller == Caller.OWNER) {
                assertThatCode(() -> action.accept(fresh.id())).as(name + " by the owner").doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> action.accept(fresh.id())).as(name + " by " + caller)
                        .isInstanceOfAny(GraphNotFoundException.class, NotSignedInException.class);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void theShareLinkIsEnoughToReadAndToForkWhenSignedIn(Caller caller) {
        actAs(caller);
        assertThat(graphs.loadShared(token).id()).isEqualTo(privateGraph.id());
        assertThat(graphs.loadShared(token).editable()).isEqualTo(caller == Caller.OWNER);
        assertThat(graphs.loadShared(token).shareToken()).as("only the owner sees the secret")
                .isEqualTo(caller == Caller.OWNER ? token : null);
        if (caller == Caller.ANONYMOUS) {
            assertThatThrownBy(() -> graphs.forkShared(token)).isInstanceOf(NotSignedInException.class)
                    .hasMessageContaining("Sign in");
        } else {
            SavedGraph fork = graphs.forkShared(token);
            assertThat(fork.editable()).isTrue();
            assertThat(fork.forkedFromId()).isEqualTo(privateGraph.id());
        }
    }

    @Test
    void aWrongOrRevokedTokenAnswersLikeAMissingGraph() {
        String missing = catchMessage(() -> graphs.loadShared("not-a-real-token"));
        SignedIn.as(owner);
        sharing.revokeLink(privateGraph.id());
        SignedIn.anonymous();

        assertThat(catchMessage(() -> graphs.loadShared(token))).isEqualTo(missing);
        assertThat(catchMessage(() -> graphs.loadShared(""))).isEqualTo(missing);
        assertThat(catchMessage(() -> graphs.loadShared("x".repeat(10_000)))).isEqualTo(missing);
    }

    @Test
    void aPublicGraphIsListedReadableAndForkedButStillOnlyEditableByItsOwner() {
        sharing.setPublic(privateGraph.id(), true);
        SignedIn.as(other);

        assertThat(sharing.gallery("")).extracting(PublicGraph::id).contains(privateGraph.id());
        assertThat(sharing.gallery("owner tester")).extracting(PublicGraph::id).contains(privateGraph.id());
        assertThat(graphs.load(privateGraph.id()).editable()).isFalse();
        assertThatThrownBy(() -> graphs.rename(privateGraph.id(), "mine now")).isInstanceOf(GraphNotFoundException.class);

        graphs.fork(privateGraph.id());
        SignedIn.as(owner);
        assertThat(graphs.load(privateGraph.id()).forkCount()).isEqualTo(1);
        assertThat(sharing.gallery("")).filteredOn(g -> g.id() == privateGraph.id())
                .extracting(PublicGraph::forkCount).containsExactly(1);
    }

    @Test
    void myGraphsListsOnlyMine() {
        SignedIn.as(other);
        assertThat(graphs.list()).extracting(SavedGraph::id).doesNotContain(privateGraph.id());
        SignedIn.anonymous();
        assertThatThrownBy(() -> graphs.list()).isInstanceOf(NotSignedInException.class);
    }

    @Test
    void sharedRunsStayHiddenUnlessTheOwnerIncludesThem() {
        RunEntity done = new RunEntity(privateGraph.id(), 1, privateGraph.name(), "{}", "iris", "{}", 1, 3,
                java.time.Instant.now());
        done.finish(RunStatus.SUCCEEDED, null, 0.97, java.time.Instant.now());
        runs.save(done);
        RunEntity failed = new RunEntity(privateGraph.id(), 1, privateGraph.name(), "{}", "iris", "{}", 1, 3,
                java.time.Instant.now());
        failed.finish(RunStatus.FAILED, "diverged", null, java.time.Instant.now());
        runs.save(failed);

        assertThat(sharing.sharedRuns(token)).isEmpty();
        sharing.shareLink(privateGraph.id(), true);
        SignedIn.anonymous();
        assertThat(sharing.sharedRuns(token)).extracting(SharedRun::accuracy).containsExactly(0.97);
        assertThat(sharing.sharedRuns(token)).extracting(SharedRun::datasetTitle).as("the title, not the id 'iris'")
                .containsExactly("Iris flowers");
        SignedIn.as(other);
        assertThatThrownBy(() -> sharing.shareLink(privateGraph.id(), true)).isInstanceOf(GraphNotFoundException.class);
    }

    @Test
    void anotherUsersRunsAreInvisibleThroughEveryRoute() {
        RunEntity entity = new RunEntity(privateGraph.id(), 1, privateGraph.name(), "{}", "iris", "{}", 1, 3,
                java.time.Instant.now());
        entity.assignOwner(owner.id());
        entity.finish(RunStatus.SUCCEEDED, null, 0.9, java.time.Instant.now());
        long runId = runs.save(entity).getId();

        SignedIn.as(owner);
        assertThat(queries.find(runId)).isPresent();
        assertThat(queries.list()).extracting(RunSummary::id).contains(runId);

        SignedIn.as(other);
        assertThat(queries.list()).extracting(RunSummary::id).doesNotContain(runId);
        assertThat(queries.find(runId)).isEmpty();
        assertThat(queries.metrics(runId)).isEmpty();
        assertThat(results.find(runId)).isEmpty();
        assertThatThrownBy(() -> queries.snapshot(runId)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> launcher.delete(runId)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> launcher.cancel(runId)).isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> launcher.resume(runId)).isInstanceOf(RunNotFoundException.class);

        SignedIn.anonymous();
        assertThatThrownBy(() -> queries.list()).isInstanceOf(NotSignedInException.class);
        assertThatThrownBy(() -> queries.find(runId)).isInstanceOf(NotSignedInException.class);
    }

    private void actAs(Caller caller) {
        switch (caller) {
            case OWNER -> SignedIn.as(owner);
            case OTHER -> SignedIn.as(other);
            case ANONYMOUS -> SignedIn.anonymous();
            case LINK_HOLDER -> SignedIn.as(other); // holds the token, but calls by id: the link is no key to the id
        }
    }

    private static String catchMessage(Runnable action) {
        try {
            action.run();
        } catch (GraphNotFoundException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the graph to be reported missing");
    }
}

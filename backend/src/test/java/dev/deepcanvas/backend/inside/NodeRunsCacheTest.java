package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.account.AccountPrincipal;
import dev.deepcanvas.backend.account.CurrentUser;
import dev.deepcanvas.backend.account.SignedIn;
import dev.deepcanvas.backend.training.RunDeletedEvent;
import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor selects node after node: a graph's runs are read once, and again only when they may have changed. */
class NodeRunsCacheTest {

    private static final long GRAPH = 7;

    /** The runs each graph has now, newest first, and how often they were read. */
    private final Map<Long, List<TrainedNodes.TrainedRun>> history = new HashMap<>();
    private final List<Long> reads = new ArrayList<>();
    private final RunEvents events = new RunEvents();
    private NodeRuns nodeRuns;

    @BeforeEach
    void aGraphTrainedOnce() {
        SignedIn.as(new AccountPrincipal(1, "teacher", "Teacher", ""));
        history.put(GRAPH, new ArrayList<>(List.of(run(10, "input", "dense1", "output"))));
        nodeRuns = new NodeRuns((graphId, limit) -> {
            reads.add(graphId);
            return List.copyOf(history.getOrDefault(graphId, List.of()));
        }, new CurrentUser(), events);
    }

    @AfterEach
    void signOut() {
        SignedIn.anonymous();
    }

    @Test
    void aSecondSelectionReadsNoSnapshotAgain() {
        assertThat(nodeRuns.newestRunThatSaw(GRAPH, "dense1")).contains(10L);
        assertThat(nodeRuns.newestRunThatSaw(GRAPH, "output")).contains(10L);
        assertThat(nodeRuns.newestRunThatSaw(GRAPH, "added-later")).isEmpty();
        assertThat(reads).containsExactly(GRAPH);

        events.publish(update(99, RunState.RUNNING));
        assertThat(nodeRuns.newestRunThatSaw(GRAPH, "dense1")).contains(10L);
        assertThat(reads).as("progress of a run changes no succeeded run").containsExactly(GRAPH);
    }

    @Test
    void aNewlySucceededRunAppears() {
        assertThat(nodeRuns.newestRunThatSaw(GRAPH, "added-later")).isEmpty();
        history.get(GRAPH).add(0, run(11, "input", "dense1", "added-later", "output"));

        events.publish(update(11, RunState.SUCCEEDED));

        assertThat(nodeRuns.newestRunThatSaw(GRAPH, "added-later")).contains(11L);
        assertThat(nodeRuns.newestRunThatSaw(GRAPH, "dense1")).contains(11L);
        assertThat(reads).containsExactly(GRAPH, GRAPH);
    }

    @Test
    void aDeletedRunLeavesTheGraphsThatKeptIt() {
        history.put(8L, List.of(run(20, "input")));
        assertThat(nodeRuns.newestRunThatSaw(GRAPH, "dense1")).contains(10L);
        assertThat(nodeRuns.newestRunThatSaw(8, "input")).contains(20L);
        history.get(GRAPH).remove(0);

        nodeRuns.onRunDeleted(new RunDeletedEvent(10, true));

        assertThat(nodeRuns.newestRunThatSaw(GRAPH, "dense1")).isEmpty();
        assertThat(nodeRuns.newestRunThatSaw(8, "input")).contains(20L);
        assertThat(reads).as("only the graph that kept the deleted run is read again").containsExactly(GRAPH, 8L, GRAPH);
    }

    @Test
    void eachPersonHasTheirOwnAnswer() {
        assertThat(nodeRuns.newestRunThatSaw(GRAPH, "dense1")).contains(10L);
        SignedIn.as(new AccountPrincipal(2, "stranger", "Stranger", ""));
        history.put(GRAPH, List.of());
        assertThat(nodeRuns.newestRunThatSaw(GRAPH, "dense1")).as("another person's runs stay theirs").isEmpty();
        assertThat(reads).containsExactly(GRAPH, GRAPH);
    }

    private static TrainedNodes.TrainedRun run(long id, String... nodes) {
        return new TrainedNodes.TrainedRun(id, Set.of(nodes));
    }

    private static RunUpdate update(long runId, RunState state) {
        return new RunUpdate(runId, state, 1, 1, 0.1, 0.9, null);
    }
}

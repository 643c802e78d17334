package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.account.CurrentUser;
import dev.deepcanvas.backend.training.RunDeletedEvent;
import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunUpdate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which run can show what a node of the canvas saw: the caller's newest succeeded run of the graph whose trained
 * graph still has a node of that id. Node ids survive edits, so a layer that was only retuned after the run still
 * finds it; a layer added since has no run until the graph is trained again.
 *
 * <p>The editor asks on every node selection, so the runs of a graph and the nodes each trained are read once and
 * kept, per person and graph, until a run succeeds (it may be this graph's newest) or one of the kept runs is deleted.
 */
@Service
public class NodeRuns {

    /** Succeeded runs looked at, newest first: enough for any real history, bounded for a graph trained hundreds of times. */
    static final int RUNS_LOOKED_AT = 20;
    /** Graphs whose runs are kept: the ones open in the editors of a class, not every graph ever opened. */
    static final int GRAPHS_KEPT = 256;

    private record Key(long caller, long graphId) {
    }

    private final TrainedNodes trained;
    private final CurrentUser currentUser;
    private final Map<Key, List<TrainedNodes.TrainedRun>> kept = new LinkedHashMap<>(16, 0.75f, true);
    /** Counts the forgettings, so that runs read before one are not kept after it. */
    private long generation;

    @Autowired
    public NodeRuns(RunQueries runs, CurrentUser currentUser, RunEvents events) {
        this(TrainedNodes.of(runs), currentUser, events);
    }

    NodeRuns(TrainedNodes trained, CurrentUser currentUser, RunEvents events) {
        this.trained = trained;
        this.currentUser = currentUser;
        // Lives as long as the application: the subscription is never closed.
        events.subscribe(this::onUpdate);
    }

    /** The newest succeeded run of graph {@code graphId} that trained a node {@code nodeId}, if any. */
    public Optional<Long> newestRunThatSaw(long graphId, String nodeId) {
        return runsOf(graphId).stream()
                .filter(run -> run.nodeIds().contains(nodeId))
                .map(TrainedNodes.TrainedRun::runId)
                .findFirst();
    }

    private List<TrainedNodes.TrainedRun> runsOf(long graphId) {
        Key key = new Key(currentUser.require(), graphId);
        long readAt;
        synchronized (this) {
            List<TrainedNodes.TrainedRun> runs = kept.get(key);
            if (runs != null) {
                return runs;
            }
            readAt = generation;
        }
        // Read outside the lock: a slow database must not hold up the other editors.
        List<TrainedNodes.TrainedRun> runs = trained.newest(graphId, RUNS_LOOKED_AT);
        synchronized (this) {
            if (generation == readAt) {
                kept.put(key, runs);
                if (kept.size() > GRAPHS_KEPT) {
                    kept.remove(kept.keySet().iterator().next());
                }
            }
        }
        return runs;
    }

    /**
     * A run that succeeds may be the newest of its graph. The update does not say which graph, and runs succeed
     * seldom enough that forgetting every graph costs nothing worth the bookkeeping.
     */
    private void onUpdate(RunUpdate update) {
        if (update.status() == RunState.SUCCEEDED) {
            forget(null);
        }
    }

    /** A deleted run (here or on another node) leaves the graphs that kept it. */
    @EventListener
    void onRunDeleted(RunDeletedEvent event) {
        forget(event.runId());
    }

    private synchronized void forget(Long runId) {
        generation++;
        if (runId == null) {
            kept.clear();
        } else {
            kept.values().removeIf(runs -> runs.stream().anyMatch(run -> run.runId() == runId));
        }
    }
}

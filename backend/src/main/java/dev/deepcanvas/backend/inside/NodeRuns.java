package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Which run can show what a node of the canvas saw: the caller's newest succeeded run of the graph whose trained
 * graph still has a node of that id. Node ids survive edits, so a layer that was only retuned after the run still
 * finds it; a layer added since has no run until the graph is trained again.
 */
@Service
public class NodeRuns {

    /** Succeeded runs looked at, newest first: enough for any real history, bounded for a graph trained hundreds of times. */
    static final int RUNS_LOOKED_AT = 20;

    private final RunQueries runs;

    public NodeRuns(RunQueries runs) {
        this.runs = runs;
    }

    /** The newest succeeded run of graph {@code graphId} that trained a node {@code nodeId}, if any. */
    public Optional<Long> newestRunThatSaw(long graphId, String nodeId) {
        return runs.list().stream()
                .filter(run -> run.graphId() != null && run.graphId() == graphId)
                .filter(run -> run.status() == RunState.SUCCEEDED)
                .limit(RUNS_LOOKED_AT)
                .filter(run -> runs.snapshot(run.id()).graph().node(nodeId).isPresent())
                .map(RunSummary::id)
                .findFirst();
    }
}

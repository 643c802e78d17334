package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.graph.document.GraphNode;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caller's newest succeeded runs of one graph with the node ids each of them trained: the costly part of
 * {@link NodeRuns} (a list of runs and a snapshot parsed per run), behind an interface so that its cache can be
 * tested for how often it reads.
 */
interface TrainedNodes {

    /** One succeeded run and the ids of the nodes of the graph it trained. */
    record TrainedRun(long runId, Set<String> nodeIds) {
        public TrainedRun {
            nodeIds = Set.copyOf(nodeIds);
        }
    }

    /** At most {@code limit} runs, newest first. */
    List<TrainedRun> newest(long graphId, int limit);

    static TrainedNodes of(RunQueries runs) {
        return (graphId, limit) -> runs.list().stream()
                .filter(run -> run.graphId() != null && run.graphId() == graphId)
                .filter(run -> run.status() == RunState.SUCCEEDED)
                .limit(limit)
                .map(run -> new TrainedRun(run.id(), runs.snapshot(run.id()).graph().nodes().stream()
                        .map(GraphNode::id).collect(Collectors.toSet())))
                .toList();
    }
}

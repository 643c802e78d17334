package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.graph.document.GraphDocument;

/**
 * How one kind of graph (an ordinary network, a GAN) is checked before its run is stored, and trained once it is.
 * The launcher picks the planner by the graph's task; everything that differs between the kinds stays behind it.
 */
public interface RunPlanner {

    /**
     * Compiles the graph and checks it against the dataset, before anything is stored.
     *
     * @param task what the run learns, as decided when it was first started
     * @throws dev.deepcanvas.backend.training.TrainingRejectedException with messages for the user
     */
    PlannedRun plan(GraphDocument graph, PreparedDataset data, TaskKind task);

    /**
     * Readies an interrupted run to train again (before it is queued) and says how many of its recorded epochs it
     * keeps: those of its checkpoint, or none when it trains again from the start.
     */
    int prepareResume(long runId);
}

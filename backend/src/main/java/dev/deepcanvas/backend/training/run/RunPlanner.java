package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.graph.document.GraphDocument;

import java.util.Optional;

/**
 * How one kind of graph (an ordinary network, a GAN) is checked before its run is stored, and trained once it is.
 * The launcher and the workers pick the planner by the graph's task; everything that differs between the kinds stays
 * behind it.
 */
public interface RunPlanner {

    /**
     * Compiles the graph and checks it against the dataset, before anything is stored (and again on the worker that
     * trains it).
     *
     * @param task what the run learns, as decided when it was first started
     * @throws dev.deepcanvas.backend.training.TrainingRejectedException with messages for the user
     */
    PlannedRun plan(GraphDocument graph, PreparedDataset data, TaskKind task);

    /**
     * Readies an interrupted run to train again (before it is queued) and says how many of its recorded epochs it
     * keeps: those of its checkpoint, or none when it trains again from the start.
     */
    int prepareResume(RunEntity run);

    /**
     * The checkpoint a worker taking this run continues from: the file that matches its recorded epochs, when it has
     * one and it is there; empty for a fresh start (and always for kinds that keep no checkpoints).
     */
    Optional<String> checkpointToResume(RunEntity run);

    /**
     * Whether a run of this kind can move to another worker mid-way. One that cannot is left interrupted, with a
     * message, when its worker stops, rather than trained again from the start unasked.
     */
    boolean resumesFromCheckpoints();
}

package dev.deepcanvas.backend.training.plain;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.Hyperparameters;
import dev.deepcanvas.backend.training.run.RunClaim;
import dev.deepcanvas.graph.compile.CompiledGraph;

/**
 * Everything a job needs to train one claimed run, resolved and validated before it starts.
 *
 * @param arrays         which dataset array feeds which graph input and output
 * @param checkpointFile the checkpoint to continue from, in the run's folder; null to start from fresh weights
 */
record RunPlan(RunClaim claim, CompiledGraph compiled, PreparedDataset data, GraphArrays arrays,
               Hyperparameters hyperparameters, TaskKind task, String checkpointFile) {

    long runId() {
        return claim.runId();
    }

    boolean resume() {
        return checkpointFile != null;
    }
}

package dev.deepcanvas.backend.training.plain;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.Hyperparameters;
import dev.deepcanvas.graph.compile.CompiledGraph;

/**
 * Everything a job needs to train one run, resolved and validated before it is queued.
 *
 * @param arrays which dataset array feeds which graph input and output
 * @param resume continue from the run's checkpoint when there is one, instead of from fresh weights
 */
record RunPlan(long runId, CompiledGraph compiled, PreparedDataset data, GraphArrays arrays,
               Hyperparameters hyperparameters, TaskKind task, boolean resume) {
}

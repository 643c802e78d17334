package dev.deepcanvas.backend.training;

import dev.deepcanvas.graph.document.GraphDocument;

/**
 * The immutable part of a run, what it trained: the graph document as it was (with the run's training settings
 * written into it), the dataset and the hyperparameters.
 */
public record RunSnapshot(RunSummary summary, GraphDocument graph, String datasetId, Hyperparameters hyperparameters) {
}

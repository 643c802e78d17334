package dev.deepcanvas.backend.training;

import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphFormatException;
import dev.deepcanvas.graph.document.GraphJson;

/**
 * The immutable part of a run, what it trained: the graph document as it was (with the run's training settings
 * written into it), the dataset and the hyperparameters.
 */
public record RunSnapshot(RunSummary summary, GraphDocument graph, String datasetId, Hyperparameters hyperparameters) {

    public static RunSnapshot of(RunEntity run) {
        try {
            return new RunSnapshot(RunSummary.of(run), GraphJson.parse(run.getGraphDocument()), run.getDatasetId(),
                    Hyperparameters.fromJson(run.getHyperparameters()));
        } catch (GraphFormatException e) {
            throw new IllegalStateException("The stored graph of run " + run.getId() + " is unreadable", e);
        }
    }
}

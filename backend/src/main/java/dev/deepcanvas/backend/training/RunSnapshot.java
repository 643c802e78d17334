package dev.deepcanvas.backend.training;

import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphFormatException;
import dev.deepcanvas.graph.document.GraphJson;

import java.util.Map;

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

    /** Whether the run trained a GAN (its graph has a generator and a discriminator). */
    public boolean gan() {
        return graph != null && GanBlocks.isGan(graph);
    }

    /** The run's settings as people read them ({@link Hyperparameters#asTable}), with a GAN's own rows on a GAN. */
    public Map<String, String> settingsTable() {
        return hyperparameters.asTable(gan());
    }
}

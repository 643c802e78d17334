package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.GraphDatasetFit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.graph.document.GraphDocument;

import java.util.List;

/**
 * Checks, before anything is queued, that a graph's inputs and outputs fit the dataset it is to train on,
 * so the user reads "set the size of Input node 'input' to 4" instead of a shape error from deep inside DL4J.
 * The rules live with the datasets ({@link GraphDatasetFit}) so the editor can show the same messages live.
 */
final class DatasetCompatibility {

    private DatasetCompatibility() {
    }

    static List<String> problems(GraphDocument graph, PreparedDataset data) {
        return GraphDatasetFit.check(graph, data.descriptor()).problems();
    }
}

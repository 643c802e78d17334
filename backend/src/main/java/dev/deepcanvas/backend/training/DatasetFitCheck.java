package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.GraphDatasetFit;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.InvalidGraphException;
import dev.deepcanvas.graph.document.GraphDocument;

import java.util.List;

/**
 * The question the Train dialog asks before it enables Start: what must change for this graph to train on this
 * dataset? The same rules the training service applies when the run starts: a GAN only needs real pictures of
 * the discriminator's input shape (its labels are never used), any other graph must match the dataset's inputs
 * and outputs node by node.
 */
public final class DatasetFitCheck {

    private DatasetFitCheck() {
    }

    /** What to change, in words for the user; empty when the graph fits. */
    public static List<String> problems(GraphDocument graph, DatasetDescriptor data) {
        if (!GanBlocks.isGan(graph)) {
            return GraphDatasetFit.check(graph, data).problems();
        }
        try {
            return GanDatasetFit.problems(graph, new GraphCompiler().compileGan(graph).blocks(), data);
        } catch (InvalidGraphException e) {
            return e.problems().stream().map(GanPlanner::describe).toList();
        }
    }
}

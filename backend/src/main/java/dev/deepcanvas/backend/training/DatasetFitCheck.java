package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.GraphDatasetFit;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.gan.GanRunPlanner;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.document.GraphDocument;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The question the Train dialog asks before it enables Start: what must change for this graph to train on this
 * dataset? The same rules the run launcher applies when the run starts: a GAN only needs real pictures of
 * the discriminator's input shape (and, when conditional, their classes), any other graph must match the
 * dataset's inputs and outputs node by node.
 */
@Component
public class DatasetFitCheck {

    private final GraphAnalyzer analyzer;
    private final GanRunPlanner gans;

    DatasetFitCheck(GraphAnalyzer analyzer, GanRunPlanner gans) {
        this.analyzer = analyzer;
        this.gans = gans;
    }

    /** What to change, in words for the user; empty when the graph fits. */
    public List<String> problems(GraphDocument graph, DatasetDescriptor data) {
        if (TaskKind.ofGraph(graph) == TaskKind.RECONSTRUCTION) {
            return GraphDatasetFit.checkReconstruction(graph, analyzer.analyze(graph), data).problems();
        }
        if (!GanBlocks.isGan(graph)) {
            return GraphDatasetFit.check(graph, analyzer.analyze(graph), data).problems();
        }
        return gans.fitProblems(graph, data);
    }
}

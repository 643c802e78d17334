package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.compile.CompiledGan;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.InvalidGraphException;
import dev.deepcanvas.graph.document.GraphDocument;

import java.util.List;

/** Compiles a GAN document and checks it against its dataset before a GAN run is stored or queued. */
final class GanPlanner {

    /** A GAN that compiled and fits its dataset, ready to become a plan once its run has an id. */
    record Checked(CompiledGan gan, int noiseSize, int classes) {
        GanPlan plan(long runId, PreparedDataset data, Hyperparameters hyperparameters) {
            return new GanPlan(runId, gan, data, noiseSize, classes, hyperparameters);
        }
    }

    private GanPlanner() {
    }

    /** @throws TrainingRejectedException with messages for the user */
    static Checked check(GraphDocument graph, PreparedDataset data) {
        CompiledGan gan;
        try {
            gan = new GraphCompiler().compileGan(graph);
        } catch (InvalidGraphException e) {
            throw new TrainingRejectedException(e.problems().stream().map(GanPlanner::describe).toList());
        }
        List<String> mismatches = GanDatasetFit.problems(graph, gan.blocks(), data.descriptor());
        if (!mismatches.isEmpty()) {
            throw new TrainingRejectedException(mismatches);
        }
        Analysis analysis = new GraphAnalyzer().analyze(graph);
        long noise = analysis.shapeOf(gan.blocks().noiseInput()).size();
        long classes = gan.blocks().conditional() ? analysis.shapeOf(gan.blocks().generatorClassInput()).size() : 0;
        return new Checked(gan, (int) noise, (int) classes);
    }

    /** A compiler problem in words for the user, naming its node. */
    static String describe(Problem problem) {
        return problem.nodeId() == null ? problem.message() : "Node '" + problem.nodeId() + "': " + problem.message();
    }
}

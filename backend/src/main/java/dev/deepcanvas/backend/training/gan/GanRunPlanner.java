package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.backend.training.run.JobCollaborators;
import dev.deepcanvas.backend.training.run.PlannedRun;
import dev.deepcanvas.backend.training.run.RunFiles;
import dev.deepcanvas.backend.training.run.RunPlanner;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.compile.CompiledGan;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.InvalidGraphException;
import dev.deepcanvas.graph.document.GraphDocument;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * GANs: compiled to the compiler's three networks and checked against their dataset of pictures before a GAN run is
 * stored or queued. A GAN keeps no checkpoints, so resuming one trains it again from the start, and a GAN run whose
 * worker stops is left interrupted rather than moved to another worker.
 */
@Component
public class GanRunPlanner implements RunPlanner {

    private final GraphCompiler compiler;
    private final GraphAnalyzer analyzer;
    private final JobCollaborators services;
    private final RunFiles files;

    GanRunPlanner(GraphCompiler compiler, GraphAnalyzer analyzer, JobCollaborators services, RunFiles files) {
        this.compiler = compiler;
        this.analyzer = analyzer;
        this.services = services;
        this.files = files;
    }

    @Override
    public PlannedRun plan(GraphDocument graph, PreparedDataset data, TaskKind task) {
        CompiledGan gan = compile(graph);
        Analysis analysis = analyzer.analyze(graph);
        List<String> mismatches = GanDatasetFit.problems(graph, analysis, gan.blocks(), data.descriptor());
        if (!mismatches.isEmpty()) {
            throw new TrainingRejectedException(mismatches);
        }
        int noise = (int) analysis.shapeOf(gan.blocks().noiseInput()).size();
        GanCondition condition = GanCondition.of(graph, gan.blocks(), data.descriptor());
        return (claim, hyperparameters, checkpointFile) -> new GanTrainingJob(
                new GanPlan(claim, gan, data, noise, condition, hyperparameters), services);
    }

    /** No checkpoint: the GAN trains again from the start, so its old epochs and grids are dropped. */
    @Override
    public int prepareResume(RunEntity run) {
        files.deleteGanSamples(run.getId());
        return 0;
    }

    @Override
    public Optional<String> checkpointToResume(RunEntity run) {
        return Optional.empty();
    }

    /** Three networks and two optimisers are not checkpointed, so a GAN run cannot move to another worker. */
    @Override
    public boolean resumesFromCheckpoints() {
        return false;
    }

    /** What must change for this GAN to learn from this dataset, in words for the user; empty when it fits. */
    public List<String> fitProblems(GraphDocument graph, DatasetDescriptor data) {
        CompiledGan gan;
        try {
            gan = compiler.compileGan(graph);
        } catch (InvalidGraphException e) {
            return TrainingRejectedException.describe(e.problems());
        }
        return GanDatasetFit.problems(graph, analyzer.analyze(graph), gan.blocks(), data);
    }

    private CompiledGan compile(GraphDocument graph) {
        try {
            return compiler.compileGan(graph);
        } catch (InvalidGraphException e) {
            throw TrainingRejectedException.of(e);
        }
    }
}

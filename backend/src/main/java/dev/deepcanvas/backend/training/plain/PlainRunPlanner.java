package dev.deepcanvas.backend.training.plain;

import dev.deepcanvas.backend.dataset.GraphDatasetFit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.backend.training.run.JobCollaborators;
import dev.deepcanvas.backend.training.run.PlannedRun;
import dev.deepcanvas.backend.training.run.RunPlanner;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.compile.CompiledGraph;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.InvalidGraphException;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.graph.document.GraphDocument;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Ordinary networks (classifiers, regressors, sequence models): compiled to one DL4J network, matched to the
 * dataset node by node, trained with end-of-epoch checkpoints so that an interrupted run resumes where it stopped.
 */
@Component
public class PlainRunPlanner implements RunPlanner {

    private final GraphCompiler compiler;
    private final GraphAnalyzer analyzer;
    private final JobCollaborators services;
    private final CheckpointStore checkpoints;

    PlainRunPlanner(GraphCompiler compiler, GraphAnalyzer analyzer, JobCollaborators services,
                    CheckpointStore checkpoints) {
        this.compiler = compiler;
        this.analyzer = analyzer;
        this.services = services;
        this.checkpoints = checkpoints;
    }

    @Override
    public PlannedRun plan(GraphDocument graph, PreparedDataset data, TaskKind task) {
        CompiledGraph compiled;
        try {
            compiled = compiler.compile(graph);
        } catch (InvalidGraphException e) {
            throw TrainingRejectedException.of(e);
        }
        boolean reconstruction = task == TaskKind.RECONSTRUCTION;
        GraphDatasetFit fit = reconstruction
                ? GraphDatasetFit.checkReconstruction(graph, analyzer.analyze(graph), data.descriptor())
                : GraphDatasetFit.check(graph, analyzer.analyze(graph), data.descriptor());
        if (!fit.fits()) {
            throw new TrainingRejectedException(fit.problems());
        }
        // An autoencoder's targets are its own input pictures.
        PreparedDataset used = reconstruction ? data.asReconstruction() : data;
        GraphArrays arrays = GraphArrays.of(fit, compiled);
        return (claim, hyperparameters, checkpointFile) -> new TrainingJob(
                new RunPlan(claim, compiled, used, arrays, hyperparameters, task, checkpointFile), services,
                checkpoints);
    }

    /**
     * A resumed run keeps the epochs of its checkpoint (none when it stopped before its first epoch ended). A run
     * from before V7 has its single checkpoint.zip, whose own bookkeeping says how far it got.
     */
    @Override
    public int prepareResume(RunEntity run) {
        return checkpoints.current(run).map(file -> run.getCheckpointFile() != null ? run.getEpochsCompleted()
                : checkpoints.readState(run.getId(), file).map(Checkpoint::epoch).orElse(0)).orElse(0);
    }

    @Override
    public Optional<String> checkpointToResume(RunEntity run) {
        return run.getEpochsCompleted() == 0 ? Optional.empty() : checkpoints.current(run);
    }

    @Override
    public boolean resumesFromCheckpoints() {
        return true;
    }
}

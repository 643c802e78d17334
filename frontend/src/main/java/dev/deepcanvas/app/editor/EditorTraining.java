package dev.deepcanvas.app.editor;

import dev.deepcanvas.app.training.DatasetMemory;
import dev.deepcanvas.app.training.StartRunDialog;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.UnknownDatasetException;
import dev.deepcanvas.backend.training.DatasetFitCheck;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunSummary;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import dev.deepcanvas.graph.analysis.Problem;

/**
 * Training from the editor: the Train button (save, choose a dataset, start) and the run panel following the
 * graph's newest run. A run trains a saved version, so unsaved edits are saved first.
 */
final class EditorTraining {

    private final RunLauncher launcher;
    private final RunQueries runs;
    private final DatasetFitCheck fitCheck;
    private final DatasetService datasets;
    private final EditSession session;
    private final RunPanel runPanel;
    private final BooleanSupplier save;
    private final Runnable showTrainingTab;
    private final Supplier<List<Problem>> graphProblems;
    private final Consumer<String> showNode;

    /**
     * @param save            saves the session's edits; false when the save was refused (and explained)
     * @param showTrainingTab brings the run panel into view when a run starts
     * @param graphProblems   the compiler's problems with the current graph
     * @param showNode        shows a node on the canvas, for a problem the Train dialog lists
     */
    EditorTraining(RunLauncher launcher, RunQueries runs, DatasetFitCheck fitCheck, DatasetService datasets,
                   EditSession session, RunPanel runPanel, BooleanSupplier save, Runnable showTrainingTab,
                   Supplier<List<Problem>> graphProblems, Consumer<String> showNode) {
        this.graphProblems = graphProblems;
        this.showNode = showNode;
        this.launcher = launcher;
        this.runs = runs;
        this.fitCheck = fitCheck;
        this.datasets = datasets;
        this.session = session;
        this.runPanel = runPanel;
        this.save = save;
        this.showTrainingTab = showTrainingTab;
    }

    /** Coming back to a graph shows its newest run (still training, or how it ended) in the Training tab. */
    void followLatestRun() {
        long graphId = session.saved().id();
        runs.list().stream().filter(r -> Objects.equals(r.graphId(), graphId)).findFirst()
                .ifPresent(run -> runPanel.follow(run.toUpdate(), datasetTitle(run.datasetId()),
                        runs.metricSeries(run.id())));
    }

    /** The Train button: saves what is unsaved, then asks for a dataset (suggesting the last one that fits). */
    void train() {
        if (session.dirty() && !save.getAsBoolean()) {
            return;
        }
        List<DatasetDescriptor> choices = datasets.list();
        DatasetDescriptor suggested = DatasetMemory.suggest(fitCheck, session.saved().id(), session.current(), choices);
        new StartRunDialog(fitCheck, session.current(), graphProblems.get(), showNode, choices, suggested,
                RunOptions.from(session.current().training()), this::start).open();
    }

    /** Called by the start dialog; a refusal propagates back to it so it can show the reasons in place. */
    private void start(DatasetDescriptor dataset, RunOptions options) {
        long graphId = session.saved().id();
        RunSummary run = launcher.start(new RunLauncher.StartRequest(graphId, session.saved().version(),
                session.current(), dataset.id(), options));
        DatasetMemory.remember(graphId, dataset.id());
        showTrainingTab.run();
        runPanel.follow(run.toUpdate(), dataset.title(), runs.metricSeries(run.id()));
        runPanel.reveal();
    }

    /** An uploaded dataset may have been deleted since the run; its id still says which it was. */
    private String datasetTitle(String datasetId) {
        try {
            return datasets.describe(datasetId).title();
        } catch (UnknownDatasetException e) {
            return datasetId;
        }
    }
}

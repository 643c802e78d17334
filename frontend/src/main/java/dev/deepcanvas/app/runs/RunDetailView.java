package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.deepcanvas.app.inside.GanInsidePanel;
import dev.deepcanvas.app.inside.InsidePanel;
import dev.deepcanvas.app.inside.ScrollWhenLoaded;
import dev.deepcanvas.app.layout.MainLayout;
import dev.deepcanvas.app.security.SignedInCommand;
import jakarta.annotation.security.PermitAll;
import dev.deepcanvas.app.layout.ScrollToTop;
import dev.deepcanvas.app.playground.ExampleImage;
import dev.deepcanvas.app.playground.PlaygroundPanel;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.backend.dataset.TargetScale;
import dev.deepcanvas.backend.dataset.UnknownDatasetException;
import dev.deepcanvas.backend.inference.InferenceRejectedException;
import dev.deepcanvas.backend.inference.InferenceService;
import dev.deepcanvas.backend.inside.GanInsideService;
import dev.deepcanvas.backend.inside.InsideService;
import dev.deepcanvas.backend.results.RunResult;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.RunDownloads;
import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.layerstats.LayerStatisticsQueries;
import dev.deepcanvas.backend.training.RunNotFoundException;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunSnapshot;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.RunUpdate;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.backend.training.gan.GanSamples;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run: status and actions, hyperparameters, live charts, held-out results, the playground and the layers inside
 * the model. While the run trains, pushed updates move the bar and extend the charts; when it finishes, the results
 * appear in place.
 */
@Route(value = "runs/:id([0-9]{1,18})", layout = MainLayout.class)
@PermitAll
public class RunDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter naming the layer the Inside view opens at (the editor's "What this layer saw"). */
    public static final String LAYER_PARAMETER = "layer";
    /** How often, at most, a training run's page redraws what grows with the run ({@link #show}). */
    private static final long FULL_REDRAW_INTERVAL_NANOS = 1_000_000_000L;

    private final RunLauncher launcher;
    private final RunQueries queries;
    private final RunEvents events;
    private final RunResultsService results;
    private final RunDownloads downloads;
    private final DatasetService datasets;
    private final InferenceService inference;
    private final GanSamples ganSamples;
    private final InsideService inside;
    private final GanInsideService ganInside;
    private final LayerStatisticsQueries layerStatistics;

    private final Span status = new Span();
    private final Paragraph message = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final RunCharts charts = new RunCharts();
    private final Div resultBox = new Div();
    private final Div playgroundBox = new Div();
    private final Div insideBox = new Div();
    private final ProvenanceTable provenance = new ProvenanceTable();
    private RunActions actions;
    /** The sample grids over time, for GAN runs only. */
    private GanSampleStrip ganStrip;
    /** How the layers moved, redrawn as epochs end. */
    private LayerMovementView layerMovement;
    private RunSummary run;
    private DatasetDescriptor dataset;
    private RunEvents.Subscription subscription;
    /** The run this page shows, for the push listener (it runs outside the UI's lock); -1 before navigation. */
    private volatile long shownRunId = -1;
    /** The layer to bring into view once the Inside view is drawn, or null. */
    private String focusLayer;
    /** What the page last drew in full (see {@link #show}): its status, and when. */
    private RunState fullyShownStatus;
    private long fullyShownAt;

    public RunDetailView(RunLauncher launcher, RunQueries queries, RunEvents events, RunResultsService results,
                         RunDownloads downloads, DatasetService datasets, InferenceService inference,
                         GanSamples ganSamples, InsideService inside, GanInsideService ganInside,
                         LayerStatisticsQueries layerStatistics) {
        this.launcher = launcher;
        this.queries = queries;
        this.events = events;
        this.results = results;
        this.downloads = downloads;
        this.datasets = datasets;
        this.inference = inference;
        this.ganSamples = ganSamples;
        this.inside = inside;
        this.ganInside = ganInside;
        this.layerStatistics = layerStatistics;
        addClassName("run-detail-view");
        setWidthFull();
        status.setId("detail-status");
        message.setId("detail-message");
        message.addClassName("run-message");
        progress.setId("detail-progress");
        progressText.setId("detail-progress-text");
        progressText.addClassName("muted");
        resultBox.setId("run-results");
        resultBox.setWidthFull();
        playgroundBox.setWidthFull();
        insideBox.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        shownRunId = id;
        Optional<RunSummary> found = queries.find(id);
        if (found.isEmpty()) {
            removeAll();
            H2 missing = new H2("Run #" + id + " does not exist");
            missing.setId("run-missing");
            add(missing,
                    new Paragraph("It may have been deleted. The Runs page lists every run there is."),
                    new RouterLink("Back to all runs", RunsView.class));
            return;
        }
        run = found.get();
        focusLayer = event.getLocation().getQueryParameters().getSingleParameter(LAYER_PARAMETER).orElse(null);
        RunSnapshot snapshot = queries.snapshot(id);
        dataset = describe(run.datasetId());
        actions = new RunActions(id, run.graphName(), downloads, new RunActions.Handler() {
            @Override
            public void cancel() {
                launcher.cancel(id);
            }

            @Override
            public void resume() {
                try {
                    show(launcher.resume(id).toUpdate());
                } catch (TrainingRejectedException e) {
                    notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
                }
            }

            @Override
            public void delete() {
                try {
                    launcher.delete(id);
                    notify("Run #" + id + " was deleted.", NotificationVariant.LUMO_SUCCESS);
                } catch (RunNotFoundException e) {
                    // Deleted in another tab or on another node in the meantime: the result is the same.
                    notify(e.getMessage(), NotificationVariant.LUMO_CONTRAST);
                }
                UI.getCurrent().navigate(RunsView.class);
            }

            private void notify(String text, NotificationVariant variant) {
                Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
            }
        });

        H2 title = new H2("Run #" + id + " · " + run.graphName());
        Div header = new Div(title, status);
        header.addClassName("detail-header");
        charts.load(queries.metricSeries(id));
        removeAll();
        add(new RouterLink("← All runs", RunsView.class), header, message, actions, progress, progressText,
                section("Settings", new HyperparameterTable(snapshot, dataset == null ? run.datasetId()
                        : dataset.title())),
                section("Provenance", provenance),
                section("Training curves", charts));
        layerMovement = new LayerMovementView(id, layerStatistics);
        add(section("How the layers moved", layerMovement));
        provenance.describeWorkersWith(queries::worker);
        provenance.show(run);
        ganStrip = run.task() == TaskKind.GAN ? new GanSampleStrip(id, SampleGrids.of(id, ganSamples)) : null;
        if (ganStrip != null) {
            add(section("Generated samples, epoch by epoch", ganStrip));
        }
        add(section("Results", resultBox), section("Playground", playgroundBox),
                section("Inside the model", insideBox));
        // First to the top, then (when the editor sent the user to a layer) down to that layer's section.
        ScrollToTop.of(this);
        show(run.toUpdate());
    }

    @Override
    public String getPageTitle() {
        return run == null ? "Run · DeepCanvas" : "Run #" + run.id() + " · DeepCanvas";
    }

    private void show(RunUpdate update) {
        status.setText(RunStatusText.of(update.status()));
        status.getElement().setAttribute("theme", RunStatusText.badgeTheme(update.status()));
        message.setText(update.message() == null ? "" : update.message());
        message.setVisible(update.message() != null);
        boolean active = !update.status().isTerminal();
        progress.setVisible(active);
        progressText.setVisible(active);
        progress.setIndeterminate(update.status() == RunState.QUEUED);
        progress.setValue(update.fraction());
        progressText.setText(RunProgress.of(update));
        // For tools that follow a run's progress (the cluster test measures how soon epochs arrive here).
        progressText.getElement().setAttribute("data-epochs-completed", String.valueOf(update.epochsCompleted()));
        // The status and progress above follow every update. What grows with the run (the whole metric series when
        // updates skipped epochs, every layer's movement chart, the GAN's grids) is redrawn at most once a second
        // while the run trains: a small model ends several epochs a second, and redrawing all of it for each made
        // the page, and the browser drawing it, fall further behind with every epoch.
        long now = System.nanoTime();
        boolean full = update.status().isTerminal() || update.status() != fullyShownStatus
                || now - fullyShownAt >= FULL_REDRAW_INTERVAL_NANOS;
        if (charts.follows(update)) {
            charts.apply(update);
        } else if (full) {
            charts.load(queries.metricSeries(update.runId()));
        }
        if (full) {
            fullyShownStatus = update.status();
            fullyShownAt = now;
            layerMovement.refresh(update.epochsCompleted());
            refreshGanSamples();
            queries.find(update.runId()).ifPresent(r -> {
                run = r;
                actions.show(r);
                provenance.show(r);
            });
        }
        if (update.status().isTerminal()) {
            showResults();
        } else {
            resultBox.removeAll();
            resultBox.add(new Paragraph("Results appear here when the run has finished."));
            playgroundBox.removeAll();
            playgroundBox.add(new Paragraph("The playground opens when the run has succeeded."));
            insideBox.removeAll();
            insideBox.add(new Paragraph("The layers can be looked into when the run has succeeded."));
        }
    }

    private void showResults() {
        resultBox.removeAll();
        playgroundBox.removeAll();
        insideBox.removeAll();
        // The service says in one line why a run cannot be looked into (failed, its dataset gone, ...).
        if (run.task() == TaskKind.GAN) {
            GanInsidePanel ganPanel = new GanInsidePanel(run.id(), ganInside);
            insideBox.add(ganPanel);
            if (focusLayer != null) {
                // A generator's layers follow one picture the user picks; the panel is where that starts.
                ScrollWhenLoaded.to(ganPanel);
            }
        } else {
            InsidePanel insidePanel = new InsidePanel(run.id(), inside);
            insideBox.add(insidePanel);
            if (focusLayer != null) {
                insidePanel.focus(focusLayer);
            }
        }
        Optional<RunResult> result = results.find(run.id());
        if (result.isEmpty()) {
            resultBox.add(new Paragraph("This run has no held-out evaluation: only succeeded runs are evaluated."));
        } else if (result.get().classification() != null) {
            resultBox.add(new ClassificationResultView(result.get().classification(), this::picture));
        } else if (result.get().regression() != null) {
            resultBox.add(new RegressionResultView(result.get().regression(), targetScale()));
        } else if (result.get().gan() != null) {
            resultBox.add(new GanResultView(result.get().gan()));
        } else if (result.get().sequence() != null) {
            boolean freeText = dataset != null && dataset.task() == DatasetTask.NEXT_TOKEN;
            resultBox.add(new SequenceResultView(result.get().sequence(), freeText, this::picture));
        } else {
            resultBox.add(new Paragraph("This run's held-out " + result.get().metricName() + " is "
                    + ClassificationResultView.fixed(result.get().metric()) + "."));
        }
        if (run.task() == TaskKind.GAN) {
            // A GAN's model draws pictures instead of judging them: its sample grids are what there is to try.
            playgroundBox.add(new Paragraph("A GAN's model draws pictures rather than judging them: its sample "
                    + "grids above show what it drew, epoch by epoch, and “Inside the model” below asks it for "
                    + "more."));
        } else if (run.status() == RunState.SUCCEEDED && dataset != null && PlaygroundPanel.supports(dataset)) {
            playgroundBox.add(new PlaygroundPanel(run.id(), dataset, inference));
        } else {
            playgroundBox.add(new Paragraph(dataset == null
                    ? "The dataset of this run is no longer available, so the model cannot be tried here."
                    : run.status() != RunState.SUCCEEDED ? "Only a succeeded run has a model to try."
                    : "The playground tries models that classify or predict numbers; this one predicts "
                    + dataset.task().predicts() + "."));
        }
    }

    /** A pushed update may come from a new epoch: its grid joins the strip. */
    private void refreshGanSamples() {
        if (ganStrip == null) {
            return;
        }
        try {
            ganStrip.refresh();
        } catch (RunNotFoundException e) {
            ganStrip.setVisible(false); // deleted in another tab; the status line says so
        }
    }

    /** Held-out example {@code index} as a picture, for image datasets only. */
    private Optional<Component> picture(int index) {
        if (dataset == null || !dataset.input().shape().isImage()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ExampleImage.of(inference.heldOutExample(run.id(), index), "example " + index, 56));
        } catch (InferenceRejectedException e) {
            return Optional.empty();
        }
    }

    /** Only the loaded dataset knows its target statistics (they come from its training rows). */
    private TargetScale targetScale() {
        try {
            return datasets.get(run.datasetId()).descriptor().targetScale();
        } catch (UnknownDatasetException e) {
            return null;
        }
    }

    private DatasetDescriptor describe(String datasetId) {
        try {
            return datasets.describe(datasetId);
        } catch (UnknownDatasetException e) {
            return null;
        }
    }

    private static Component section(String title, Component content) {
        Div box = new Div(new H3(title), content);
        box.addClassName("detail-section");
        box.setWidthFull();
        return box;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        var viewer = SignedInCommand.capture();
        // Pushes arrive on the training thread; the services they call still authorise as this viewer. A small
        // model records several epochs a second, faster than the page redraws: only the newest update not yet
        // shown is drawn (the charts fetch any epochs it skipped), so the page never falls behind the run.
        AtomicReference<RunUpdate> newest = new AtomicReference<>();
        subscription = events.subscribe(update -> {
            if (update.runId() != shownRunId || newest.getAndSet(update) != null) {
                return;
            }
            SignedInCommand.access(ui, viewer, () -> {
                RunUpdate latest = newest.getAndSet(null);
                if (latest != null && run != null && latest.runId() == run.id()) {
                    show(latest);
                }
            });
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}

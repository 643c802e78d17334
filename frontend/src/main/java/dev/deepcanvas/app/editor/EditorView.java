package dev.deepcanvas.app.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.StreamResource;
import dev.deepcanvas.app.layout.MainLayout;
import dev.deepcanvas.app.security.ContinueAfterSignIn;
import dev.deepcanvas.backend.sharing.SharingService;
import jakarta.annotation.security.PermitAll;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.UnknownDatasetException;
import dev.deepcanvas.app.training.DatasetMemory;
import dev.deepcanvas.app.training.StartRunDialog;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.graph.GraphConflictException;
import dev.deepcanvas.backend.graph.GraphNotFoundException;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.DatasetFitCheck;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphFormatException;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.layers.LayerCatalog;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The editor: palette and canvas in the middle, the graph's actions above, properties, problems and training
 * on the right. A thin view: meaning comes from the compiler through {@link GraphService}, training from
 * {@link RunLauncher}. Every change to the document goes through {@link #apply} so it is undoable,
 * re-analysed and marked unsaved in one place.
 */
@Route(value = "editor/:graphId?", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("Editor · DeepCanvas")
@PermitAll
public class EditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GraphService graphs;
    private final RunLauncher launcher;
    private final RunQueries runs;
    private final DatasetFitCheck fitCheck;
    private final SharingService sharing;
    private final DatasetService datasets;

    private final TextField name = new TextField();
    private final Span saveState = new Span();
    private final Span totals = new Span();
    private final Button undo = new Button(VaadinIcon.ARROW_BACKWARD.create());
    private final Button redo = new Button(VaadinIcon.ARROW_FORWARD.create());
    private final GraphCanvas canvas = new GraphCanvas();
    private final PropertiesPanel properties;
    private final ProblemsPanel problems;
    private final RunPanel runPanel;
    private final TrainingSettingsForm settingsForm;
    private final Tabs sideTabs = new Tabs();
    private final Tab propertiesTab = new Tab("Properties");
    private final Tab problemsTab = new Tab("Problems");
    private final Tab trainingTab = new Tab("Training");
    private final EditHistory history = new EditHistory();

    private SavedGraph saved;
    private GraphDocument current;
    private Analysis analysis;
    private List<String> selection = List.of();
    private boolean dirty;

    public EditorView(GraphService graphs, RunLauncher launcher, RunQueries runs, DatasetFitCheck fitCheck,
                      RunEvents events, DatasetService datasets, SharingService sharing) {
        this.graphs = graphs;
        this.launcher = launcher;
        this.runs = runs;
        this.fitCheck = fitCheck;
        this.sharing = sharing;
        this.datasets = datasets;
        addClassName("editor-view");
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        properties = new PropertiesPanel(new PropertiesPanel.Edits() {
            @Override
            public void setParam(String nodeId, String param, Object value) {
                current.node(nodeId).ifPresent(n -> applyAndRedraw(current.withNode(n.withParam(param, value))));
            }

            @Override
            public void setGroup(List<String> nodeIds, String group) {
                GraphDocument next = current;
                for (String id : nodeIds) {
                    GraphDocument base = next;
                    next = base.node(id).map(n -> base.withNode(n.withGroup(group))).orElse(base);
                }
                applyAndRedraw(next);
            }

            @Override
            public void setDescription(String description) {
                apply(new GraphDocument(current.format(), current.version(), current.name(), description,
                        current.nodes(), current.edges(), current.training()));
            }

            @Override
            public void delete(List<String> nodeIds) {
                applyAndRedraw(withoutNodes(current, new HashSet<>(nodeIds)));
                selection = List.of();
                refreshSidePanels();
            }
        });
        problems = new ProblemsPanel(nodeId -> {
            canvas.focusNode(nodeId);
            selection = List.of(nodeId);
            showTab(propertiesTab);
        });
        settingsForm = new TrainingSettingsForm(settings -> apply(current.withTraining(settings)));
        runPanel = new RunPanel(events, launcher);

        add(toolbar(), body());
        expand(getComponentAt(1));
    }

    private Component toolbar() {
        name.setId("graph-name");
        name.setAriaLabel("Graph name");
        name.setMaxLength(200);
        name.addValueChangeListener(e -> {
            if (e.isFromClient() && current != null && !e.getValue().equals(current.name())) {
                apply(current.withName(e.getValue()));
            }
        });

        undo.setId("undo-button");
        undo.setTooltipText("Undo (Ctrl+Z)");
        undo.addClickListener(e -> undo());
        redo.setId("redo-button");
        redo.setTooltipText("Redo (Ctrl+Shift+Z)");
        redo.addClickListener(e -> redo());
        for (Button b : List.of(undo, redo)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        }

        Button summary = tertiary("Summary", VaadinIcon.TABLE, "summary-button",
                () -> new SummaryDialog(current, analysis).open());
        Button code = tertiary("Code", VaadinIcon.CODE, "code-button", () -> new JavaCodeDialog(current).open());
        Button versions = tertiary("Versions", VaadinIcon.TIME_BACKWARD, "versions-button", this::openVersions);
        Button importButton = tertiary("Import", VaadinIcon.UPLOAD, "import-button",
                () -> new ImportDialog(this::importDocument).open());
        Anchor export = exportLink();
        Button share = new Button("Share", VaadinIcon.SHARE.create(), e -> new ShareDialog(sharing, saved,
                baseUrl(), updated -> saved = withLock(updated)).open());
        share.setId("share-button");
        share.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Button save = new Button("Save", VaadinIcon.CHECK.create(), e -> save());
        save.setId("save-button");
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).setBrowserDefaultAllowed(false);
        Button train = new Button("Train", VaadinIcon.PLAY.create(), e -> train());
        train.setId("train-button");
        train.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        saveState.setId("save-state");
        saveState.addClassName("muted");
        totals.setId("graph-totals");
        totals.addClassName("graph-totals");

        HorizontalLayout bar = new HorizontalLayout(name, saveState, totals, undo, redo, summary, code, versions,
                importButton, export, share, save, train);
        bar.addClassName("editor-toolbar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(totals);
        return bar;
    }

    private Component body() {
        canvas.setSizeFull();
        canvas.setLayersJson(LayerCatalog.toJson());
        canvas.addGraphEditListener(this::onCanvasEdit);
        canvas.addSelectionListener(this::onSelection);
        canvas.addCommandListener(command -> {
            if ("undo".equals(command)) {
                undo();
            } else if ("redo".equals(command)) {
                redo();
            }
        });

        sideTabs.add(propertiesTab, problemsTab, trainingTab);
        sideTabs.setWidthFull();
        sideTabs.addSelectedChangeListener(e -> showTab(e.getSelectedTab()));
        problemsTab.setId("problems-tab");
        trainingTab.setId("training-tab");
        propertiesTab.setId("properties-tab");

        VerticalLayout trainingSide = new VerticalLayout(settingsForm, runPanel);
        trainingSide.setPadding(false);
        trainingSide.setSpacing(false);
        trainingSide.addClassName("training-side");
        settingsForm.getElement().getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m) 0");

        Div panels = new Div(properties, problems, trainingSide);
        panels.addClassName("side-panels");
        VerticalLayout side = new VerticalLayout(sideTabs, panels);
        side.addClassName("editor-side");
        side.setPadding(false);
        side.setSpacing(false);
        side.setWidth("360px");
        side.getStyle().set("flex-shrink", "0");

        HorizontalLayout body = new HorizontalLayout(canvas, side);
        body.addClassName("editor-body");
        body.setSizeFull();
        body.setSpacing(false);
        body.expand(canvas);
        showTab(propertiesTab);
        return body;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("graphId").isEmpty()) {
            // Back from signing in on the way to a shared graph: go there.
            var target = ContinueAfterSignIn.take();
            if (target.isPresent()) {
                event.forwardTo(target.get());
                return;
            }
        }
        SavedGraph graph = event.getRouteParameters().getLong("graphId").map(id -> {
            try {
                return graphs.load(id);
            } catch (GraphNotFoundException e) {
                Notification.show(e.getMessage() + " Showing your latest graph instead.", 6000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_WARNING);
                return null;
            }
        }).orElse(null);
        if (graph != null && !graph.editable()) {
            // Someone else's public graph: it opens read-only, with a Fork button.
            event.forwardTo("community/" + graph.id());
            return;
        }
        open(graph != null ? graph : graphs.openLatestOrStarter());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog("Unsaved changes",
                "'" + current.name() + "' has changes that are not saved. Leave anyway?", "Leave without saving",
                e -> {
                    setDirty(false);
                    action.proceed();
                }, "Stay", e -> action.cancel());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("unsaved-dialog");
        confirm.open();
    }

    private void open(SavedGraph graph) {
        saved = graph;
        current = graph.document();
        history.clear();
        selection = List.of();
        name.setValue(current.name());
        canvas.setGraphJson(GraphJson.write(current));
        setDirty(false);
        reanalyse();
        followLatestRun();
    }

    /** Coming back to a graph shows its newest run (still training, or how it ended) in the Training tab. */
    private void followLatestRun() {
        runs.list().stream().filter(r -> Objects.equals(r.graphId(), saved.id())).findFirst()
                .ifPresent(run -> runPanel.follow(run.toUpdate(), datasetTitle(run.datasetId()),
                        runs.metricSeries(run.id())));
    }

    /** An uploaded dataset may have been deleted since the run; its id still says which it was. */
    private String datasetTitle(String datasetId) {
        try {
            return datasets.describe(datasetId).title();
        } catch (UnknownDatasetException e) {
            return datasetId;
        }
    }

    /** One undoable edit: records the previous document, re-analyses, marks the graph unsaved. */
    private void apply(GraphDocument next) {
        if (next.equals(current)) {
            return;
        }
        history.recordBefore(current);
        current = next;
        setDirty(true);
        reanalyse();
    }

    /** An edit made outside the canvas (forms, undo, import): the canvas must be redrawn too. */
    private void applyAndRedraw(GraphDocument next) {
        apply(next);
        canvas.setGraphJson(GraphJson.write(current));
    }

    private void onCanvasEdit(String json) {
        try {
            apply(GraphJson.parse(json));
        } catch (GraphFormatException e) {
            // The canvas only sends back what it was given plus edits; resync it rather than guess.
            Notification.show("That edit could not be applied: " + e.getMessage(), 6000,
                    Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_ERROR);
            canvas.setGraphJson(GraphJson.write(current));
        }
    }

    private void onSelection(String json) {
        try {
            selection = JSON.readValue(json, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            selection = List.of();
        }
        refreshSidePanels();
        if (!selection.isEmpty()) {
            showTab(propertiesTab);
        }
    }

    private void undo() {
        history.undo(current).ifPresent(this::restore);
    }

    private void redo() {
        history.redo(current).ifPresent(this::restore);
    }

    private void restore(GraphDocument doc) {
        current = doc;
        name.setValue(doc.name());
        canvas.setGraphJson(GraphJson.write(doc));
        setDirty(true);
        reanalyse();
    }

    private void reanalyse() {
        analysis = graphs.analyze(current);
        canvas.setAnalysisJson(CanvasAnalysis.of(analysis).toJson());
        int count = analysis.problems().size();
        totals.setText(String.format("%,d parameters", analysis.totalParams())
                + (count == 0 ? "" : " · " + count + (count == 1 ? " problem" : " problems")));
        totals.getElement().setAttribute("data-params", String.valueOf(analysis.totalParams()));
        problemsTab.setLabel(count == 0 ? "Problems" : "Problems (" + count + ")");
        undo.setEnabled(history.canUndo());
        redo.setEnabled(history.canRedo());
        refreshSidePanels();
    }

    private void refreshSidePanels() {
        properties.show(current, analysis, selection);
        problems.show(analysis);
        settingsForm.show(current.training(), dev.deepcanvas.graph.analysis.GanBlocks.isGan(current));
    }

    private void showTab(Tab tab) {
        if (sideTabs.getSelectedTab() != tab) {
            sideTabs.setSelectedTab(tab);
        }
        properties.setVisible(tab == propertiesTab);
        problems.setVisible(tab == problemsTab);
        runPanel.getParent().ifPresent(p -> p.setVisible(tab == trainingTab));
    }

    private boolean save() {
        try {
            saved = graphs.save(saved.id(), saved.lockVersion(), current);
            setDirty(false); // the toolbar now reads "Saved · version N"
            return true;
        } catch (GraphConflictException e) {
            resolveConflict(e.getMessage());
            return false;
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage() + " Type one in the box at the top left.", 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
            name.focus();
            return false;
        }
    }

    /**
     * Someone saved this graph in another tab or browser since it was opened. Nothing is overwritten; the user
     * chooses: keep their version as a new graph, or load the other one (and lose these unsaved edits).
     */
    private void resolveConflict(String message) {
        ConfirmDialog choice = new ConfirmDialog();
        choice.setId("conflict-dialog");
        choice.setHeader("Saved elsewhere");
        choice.setText(message);
        choice.setConfirmText("Save mine as a copy");
        choice.addConfirmListener(e -> {
            SavedGraph copy = graphs.create(current.withName(current.name() + " (my copy)"));
            setDirty(false);
            getUI().ifPresent(ui -> ui.navigate(EditorView.class,
                    new com.vaadin.flow.router.RouteParameters("graphId", String.valueOf(copy.id()))));
        });
        choice.setRejectable(true);
        choice.setRejectText("Reload theirs");
        choice.addRejectListener(e -> open(graphs.load(saved.id())));
        choice.setCancelable(true);
        choice.setCancelText("Keep editing");
        choice.open();
    }

    private void train() {
        if (dirty && !save()) {
            return;
        }
        List<DatasetDescriptor> choices = datasets.list();
        DatasetDescriptor suggested = DatasetMemory.suggest(fitCheck, saved.id(), current, choices);
        new StartRunDialog(fitCheck, current, choices, suggested, RunOptions.from(current.training()),
                this::startRun).open();
    }

    /** Called by the start dialog; a refusal propagates back to it so it can show the reasons in place. */
    private void startRun(DatasetDescriptor dataset, RunOptions options) {
        RunSummary run = launcher.start(new RunLauncher.StartRequest(saved.id(), saved.version(), current,
                dataset.id(), options));
        DatasetMemory.remember(saved.id(), dataset.id());
        showTab(trainingTab);
        runPanel.follow(run.toUpdate(), dataset.title(), runs.metricSeries(run.id()));
        runPanel.reveal();
    }

    private void openVersions() {
        new VersionsDialog(saved.name(), graphs.versions(saved.id()), saved.version(), version -> {
            applyAndRedraw(graphs.loadVersion(saved.id(), version));
            name.setValue(current.name());
            Notification.show("Opened version " + version + ". Save to make it the newest version; Undo goes back.",
                    5000, Notification.Position.TOP_CENTER);
        }).open();
    }

    private void importDocument(GraphDocument imported) {
        applyAndRedraw(imported.withName(current.name()));
        Notification.show("Imported " + imported.nodes().size() + " layers from '" + imported.name()
                + "'. Save to keep them; Undo puts the previous graph back.", 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private Anchor exportLink() {
        StreamResource resource = new StreamResource("graph.json",
                () -> new ByteArrayInputStream(GraphJson.write(current).getBytes(StandardCharsets.UTF_8)));
        resource.setContentType("application/json");
        Anchor anchor = new Anchor(resource, "");
        anchor.getElement().setAttribute("download", true);
        anchor.setId("export-link");
        Button button = new Button(VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setTooltipText("Export: download the graph as JSON");
        button.setAriaLabel("Export");
        anchor.add(button);
        return anchor;
    }

    private void setDirty(boolean value) {
        dirty = value;
        saveState.setText(dirty ? "Unsaved changes" : "Saved · version " + saved.version());
        // Warn before closing the tab or reloading while something is unsaved.
        getElement().executeJs("window.__deepcanvasDirty = $0;"
                + "if (!window.__deepcanvasUnloadHook) { window.__deepcanvasUnloadHook = true;"
                + " window.addEventListener('beforeunload', e => { if (window.__deepcanvasDirty) {"
                + " e.preventDefault(); e.returnValue = ''; } }); }", dirty);
    }

    /** The sharing settings changed while the graph is open: keep our lock token so the next save still works. */
    private SavedGraph withLock(SavedGraph updated) {
        return new SavedGraph(updated.id(), updated.name(), updated.description(), updated.version(),
                updated.lockVersion(), updated.updatedAt(), saved.document(), updated.ownerName(), updated.editable(),
                updated.isPublic(), updated.shareToken(), updated.shareRuns(), updated.forkedFromId(),
                updated.forkCount());
    }

    private String baseUrl() {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var http = request.getHttpServletRequest();
        String port = (http.getServerPort() == 80 || http.getServerPort() == 443) ? "" : ":" + http.getServerPort();
        return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath() + "/";
    }

    /** A secondary action: an icon with its name as tooltip and label for screen readers, to keep the bar short. */
    private static Button tertiary(String text, VaadinIcon icon, String id, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.setId(id);
        button.setTooltipText(text);
        button.setAriaLabel(text);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return button;
    }

    private static GraphDocument withoutNodes(GraphDocument doc, Set<String> ids) {
        List<GraphNode> nodes = doc.nodes().stream().filter(n -> !ids.contains(n.id())).toList();
        List<dev.deepcanvas.graph.document.GraphEdge> kept = new ArrayList<>(doc.edges().stream()
                .filter(e -> !ids.contains(e.source()) && !ids.contains(e.target())).toList());
        return doc.withNodes(nodes).withEdges(kept);
    }
}
